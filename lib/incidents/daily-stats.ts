// The daily rollup behind MTTA, MTTR and SLA compliance (incident_daily_stats). An incident's creation
// day is recomputed inside every transaction that changes it, under a per-day lock, so the rollup is
// exact; periods read whole days from it and only the partial days at their edges from incidents.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

const SUMS = Prisma.sql`
  count(*)::int AS incidents,
  count(acknowledged_at)::int AS acknowledged,
  coalesce(sum(extract(epoch FROM acknowledged_at - created_at)), 0)::float8 AS ack_seconds,
  count(resolved_at)::int AS resolved,
  coalesce(sum(extract(epoch FROM resolved_at - created_at)), 0)::float8 AS resolve_seconds,
  count(*) FILTER (WHERE acknowledged_at <= response_due_at)::int AS response_met,
  count(*) FILTER (WHERE resolved_at <= resolution_due_at)::int AS resolution_met`;

export type StatSums = { severity: string; incidents: number; acknowledged: number; ack_seconds: number; resolved: number; resolve_seconds: number; response_met: number; resolution_met: number };

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export async function refreshIncidentDay(tx: Tx, createdAt: Date) {
  const day = utcDay(createdAt);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`incident-stats:${day}`}))`;
  await tx.$executeRaw`DELETE FROM incident_daily_stats WHERE day = ${day}::date`;
  await tx.$executeRaw`
    INSERT INTO incident_daily_stats (day, severity, incidents, acknowledged, ack_seconds, resolved, resolve_seconds, response_met, resolution_met)
    SELECT ${day}::date, severity, ${SUMS} FROM incidents
    WHERE created_at >= (${day}::date)::timestamp AT TIME ZONE 'UTC' AND created_at < (${day}::date + 1)::timestamp AT TIME ZONE 'UTC'
    GROUP BY severity`;
}

// A new incident only adds to its day's count (it is neither acknowledged nor resolved yet): an upsert,
// far cheaper than recomputing the day on the hottest write path.
export async function countNewIncident(tx: Tx, createdAt: Date, severity: string) {
  await tx.$executeRaw`
    INSERT INTO incident_daily_stats (day, severity, incidents, acknowledged, ack_seconds, resolved, resolve_seconds, response_met, resolution_met)
    VALUES (${utcDay(createdAt)}::date, ${severity}::"IncidentSeverity", 1, 0, 0, 0, 0, 0, 0)
    ON CONFLICT (day, severity) DO UPDATE SET incidents = incident_daily_stats.incidents + 1`;
}

export const LIVE_SUMS = SUMS;
