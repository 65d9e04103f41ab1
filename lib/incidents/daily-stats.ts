// The daily rollup behind MTTA, MTTR and SLA compliance (incident_daily_stats). PostgreSQL keeps it:
// statement triggers on incidents add each change's delta (new rows minus old rows) in the same
// transaction, so creates, updates and deletes from any path leave it exact (see the `dashboards`
// migration). Periods read whole days from it and only the partial days at their edges from incidents.
import { Prisma } from "@/generated/prisma/client";

const SUMS = Prisma.sql`
  count(*)::int AS incidents,
  count(acknowledged_at)::int AS acknowledged,
  coalesce(sum(extract(epoch FROM acknowledged_at - created_at)), 0)::float8 AS ack_seconds,
  count(resolved_at)::int AS resolved,
  coalesce(sum(extract(epoch FROM resolved_at - created_at)), 0)::float8 AS resolve_seconds,
  count(*) FILTER (WHERE acknowledged_at <= response_due_at)::int AS response_met,
  count(*) FILTER (WHERE resolved_at <= resolution_due_at)::int AS resolution_met`;

export type StatSums = {
  severity: string;
  incidents: number;
  acknowledged: number;
  ack_seconds: number;
  resolved: number;
  resolve_seconds: number;
  response_met: number;
  resolution_met: number;
};

export const LIVE_SUMS = SUMS;
