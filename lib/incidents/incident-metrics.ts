// MTTA, MTTR and SLA compliance per severity over a period (incidents created in it).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { SEVERITIES, type Severity } from "@/lib/incidents/sla";

type Row = { severity: Severity; incidents: number; acknowledged: number; resolved: number; mtta: number | null; mttr: number | null; response_met: number; resolution_met: number };

export async function incidentMetrics(from: Date, to: Date, service?: string) {
  const serviceFilter = service ? Prisma.sql`AND affected_services @> ARRAY[${service}]::text[]` : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT severity::text AS severity,
      count(*)::int AS incidents,
      count(acknowledged_at)::int AS acknowledged,
      count(resolved_at)::int AS resolved,
      (avg(extract(epoch FROM acknowledged_at - created_at)) / 60)::float8 AS mtta,
      (avg(extract(epoch FROM resolved_at - created_at)) / 60)::float8 AS mttr,
      count(*) FILTER (WHERE acknowledged_at <= response_due_at)::int AS response_met,
      count(*) FILTER (WHERE resolved_at <= resolution_due_at)::int AS resolution_met
    FROM incidents
    WHERE created_at >= ${from} AND created_at < ${to} ${serviceFilter}
    GROUP BY severity`;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    bySeverity: SEVERITIES.map((severity) => {
      const r = rows.find((x) => x.severity === severity);
      return {
        severity,
        incidents: r?.incidents ?? 0,
        acknowledged: r?.acknowledged ?? 0,
        resolved: r?.resolved ?? 0,
        mttaMinutes: round(r?.mtta ?? null),
        mttrMinutes: round(r?.mttr ?? null),
        responseCompliance: r && r.acknowledged ? r.response_met / r.acknowledged : null,
        resolutionCompliance: r && r.resolved ? r.resolution_met / r.resolved : null,
      };
    }),
  };
}
