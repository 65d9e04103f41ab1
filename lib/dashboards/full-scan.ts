// The same figures the rollups hold, recomputed from the base tables by full scans. Two users: the
// freshness tests (a rollup must equal its recomputation after any sequence of writes) and
// `npm run bench` (how much faster each dashboard is than computing it from scratch).
import "server-only";
import { Prisma } from "@/generated/prisma/client";

import { LIVE_SUMS } from "@/lib/incidents/daily-stats";
import { monthlyAvailability } from "@/lib/sla/service-availability";
import { sqlRows } from "@/lib/db/sql";

// Each rollup table's contents, recomputed, in a comparable order.
export const RECOMPUTED = {
  incidentDailyStats: Prisma.sql`
    SELECT to_char((created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, severity::text AS severity, ${LIVE_SUMS}
    FROM incidents GROUP BY 1, 2 ORDER BY 1, 2`,
  serviceImpactDaily: Prisma.sql`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, service, outage::text AS outage, impaired::text AS impaired
    FROM service_impact_recomputed() ORDER BY 1, 2`,
  securityEventDaily: Prisma.sql`
    SELECT to_char((at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, type::text AS type, severity::text AS severity,
      count(*)::int AS events, count(*) FILTER (WHERE NOT investigated)::int AS uninvestigated
    FROM security_events GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
} as const;

// The rollup tables as they are (a day's shards summed), in the same shape and order as RECOMPUTED.
export const STORED = {
  incidentDailyStats: Prisma.sql`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, severity::text AS severity, sum(incidents)::int AS incidents, sum(acknowledged)::int AS acknowledged,
      sum(ack_seconds)::float8 AS ack_seconds, sum(resolved)::int AS resolved, sum(resolve_seconds)::float8 AS resolve_seconds,
      sum(response_met)::int AS response_met, sum(resolution_met)::int AS resolution_met
    FROM incident_daily_stats GROUP BY 1, 2 HAVING sum(incidents) <> 0 ORDER BY 1, 2`,
  serviceImpactDaily: Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, service, outage::text AS outage, impaired::text AS impaired FROM service_impact_daily ORDER BY 1, 2`,
  securityEventDaily: Prisma.sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, type::text AS type, severity::text AS severity, events, uninvestigated FROM security_event_daily ORDER BY 1, 2, 3`,
} as const;

export type RollupName = keyof typeof RECOMPUTED;
export const readRecomputed = (name: RollupName) => sqlRows<Record<string, unknown>>(RECOMPUTED[name]);
export const readStored = (name: RollupName) => sqlRows<Record<string, unknown>>(STORED[name]);

// ---------------------------------------------------------------- dashboards by full scan (bench)

// Executive: this month's availability from every incident, the 12-month trend and the period's
// MTTA/MTTR/compliance straight from incidents.
export async function executiveByScan(from: Date, to: Date, now = new Date()) {
  const monthStart = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 11, 1));
  const [availability, trend, period] = await Promise.all([
    monthlyAvailability(to.getUTCFullYear(), to.getUTCMonth() + 1, now),
    sqlRows(Prisma.sql`
      SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, severity::text AS severity, ${LIVE_SUMS}
      FROM incidents WHERE created_at >= ${monthStart} GROUP BY 1, 2`),
    sqlRows(
      Prisma.sql`SELECT severity::text AS severity, ${LIVE_SUMS} FROM incidents WHERE created_at >= ${from} AND created_at < ${to} GROUP BY 1`,
    ),
  ]);
  return { availability, trend, period };
}

// Security: events per day, type and severity straight from security_events.
export function securityByScan(from: Date, to: Date) {
  return sqlRows(Prisma.sql`
    SELECT (at AT TIME ZONE 'UTC')::date AS day, type::text, severity::text, count(*)::int AS events, count(*) FILTER (WHERE NOT investigated)::int AS uninvestigated
    FROM security_events WHERE at >= ${from} AND at < ${to} GROUP BY 1, 2, 3`);
}

// Application: exact p95 and averages per service and metric straight from the samples.
export function applicationByScan(from: Date, to: Date) {
  return sqlRows(Prisma.sql`
    SELECT service, metric, count(*)::int AS samples, avg(value) AS average, percentile_cont(0.95) WITHIN GROUP (ORDER BY value) AS p95, max(value) AS peak
    FROM performance_samples WHERE at >= ${from} AND at < ${to} GROUP BY 1, 2`);
}
