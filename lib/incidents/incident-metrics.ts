// MTTA, MTTR and SLA compliance per severity over a period (incidents created in it): whole UTC days
// from the daily rollup, the partial days at the edges (and any service filter) from incidents.
import "server-only";
import { Prisma } from "@/generated/prisma/client";

import { LIVE_SUMS, type StatSums } from "@/lib/incidents/daily-stats";
import { SEVERITIES } from "@/lib/incidents/sla";
import { sqlRows } from "@/lib/db/sql";

const DAY = 86_400_000;

async function liveSums(from: Date, to: Date, service?: string): Promise<StatSums[]> {
  if (from >= to) return [];
  const serviceFilter = service
    ? Prisma.sql`AND affected_services @> ARRAY[${service}]::text[]`
    : Prisma.empty;
  return sqlRows<StatSums>(
    Prisma.sql`
    SELECT severity::text AS severity, ${LIVE_SUMS} FROM incidents
    WHERE created_at >= ${from} AND created_at < ${to} ${serviceFilter}
    GROUP BY severity`,
    { prepared: true },
  );
}

async function rollupSums(fromDay: Date, toDay: Date): Promise<StatSums[]> {
  if (fromDay >= toDay) return [];
  return sqlRows<StatSums>(
    Prisma.sql`
    SELECT severity::text AS severity, sum(incidents)::int AS incidents, sum(acknowledged)::int AS acknowledged, sum(ack_seconds)::float8 AS ack_seconds,
      sum(resolved)::int AS resolved, sum(resolve_seconds)::float8 AS resolve_seconds, sum(response_met)::int AS response_met, sum(resolution_met)::int AS resolution_met
    FROM incident_daily_stats WHERE day >= ${fromDay.toISOString().slice(0, 10)}::date AND day < ${toDay.toISOString().slice(0, 10)}::date
    GROUP BY severity`,
    { prepared: true },
  );
}

// Open incidents whose clock already ran out count as misses: leaving them out would make a period
// with a stuck incident look better than one where it was finally handled late.
type OpenMisses = { severity: string; response_missed: number; resolution_missed: number };
async function openMisses(from: Date, to: Date, now: Date, service?: string): Promise<OpenMisses[]> {
  const serviceFilter = service
    ? Prisma.sql`AND affected_services @> ARRAY[${service}]::text[]`
    : Prisma.empty;
  return sqlRows<OpenMisses>(
    Prisma.sql`
    SELECT severity::text AS severity,
      count(*) FILTER (WHERE acknowledged_at IS NULL AND response_due_at < ${now})::int AS response_missed,
      count(*) FILTER (WHERE resolution_due_at < ${now})::int AS resolution_missed
    FROM incidents
    WHERE status IN ('OPEN', 'IN_PROGRESS') AND created_at >= ${from} AND created_at < ${to} ${serviceFilter}
    GROUP BY severity`,
    { prepared: true },
  );
}

export async function incidentMetrics(from: Date, to: Date, service?: string, now = new Date()) {
  const missed = await openMisses(from, to, now, service);
  let parts: StatSums[][];
  if (service) {
    parts = [await liveSums(from, to, service)];
  } else {
    const firstWholeDay = new Date(Math.ceil(from.getTime() / DAY) * DAY);
    const lastWholeDay = new Date(Math.floor(to.getTime() / DAY) * DAY);
    parts =
      firstWholeDay < lastWholeDay
        ? await Promise.all([
            liveSums(from, firstWholeDay),
            rollupSums(firstWholeDay, lastWholeDay),
            liveSums(lastWholeDay, to),
          ])
        : [await liveSums(from, to)];
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    bySeverity: SEVERITIES.map((severity) => {
      const t = parts
        .flat()
        .filter((r) => r.severity === severity)
        .reduce(
          (a, r) => ({
            incidents: a.incidents + r.incidents,
            acknowledged: a.acknowledged + r.acknowledged,
            ack: a.ack + r.ack_seconds,
            resolved: a.resolved + r.resolved,
            res: a.res + r.resolve_seconds,
            responseMet: a.responseMet + r.response_met,
            resolutionMet: a.resolutionMet + r.resolution_met,
          }),
          { incidents: 0, acknowledged: 0, ack: 0, resolved: 0, res: 0, responseMet: 0, resolutionMet: 0 },
        );
      const open = missed.find((m) => m.severity === severity) ?? {
        response_missed: 0,
        resolution_missed: 0,
      };
      const responseJudged = t.acknowledged + open.response_missed;
      const resolutionJudged = t.resolved + open.resolution_missed;
      return {
        severity,
        incidents: t.incidents,
        acknowledged: t.acknowledged,
        resolved: t.resolved,
        mttaMinutes: t.acknowledged ? round(t.ack / t.acknowledged / 60) : null,
        mttrMinutes: t.resolved ? round(t.res / t.resolved / 60) : null,
        responseCompliance: responseJudged ? t.responseMet / responseJudged : null,
        resolutionCompliance: resolutionJudged ? t.resolutionMet / resolutionJudged : null,
      };
    }),
  };
}
