// Monthly availability per service and tier for the dashboards, read from the impact rollup
// (service_impact_daily: merged spans of resolved incidents per service and UTC day, kept by triggers)
// plus the incidents still open, which run until now (merged per service in SQL too). The arithmetic is the same pure function as
// GET /api/availability (lib/sla/service-availability.ts computes it from every incident instead):
// feeding the merged outage spans as OUTAGE and the merged impaired spans as DEGRADED gives the same
// worst impact at every moment, so both agree to the minute (tests/integration/dashboard-rollups.test.ts).
import "server-only";
import { Prisma } from "@/generated/prisma/client";

import type { AvailabilitySummary, ServiceAvailabilitySummary } from "@/lib/dashboards/schemas";
import {
  availabilityReport,
  monthRange,
  summarizeTiers,
  type Impact,
  type ImpactSpan,
  type Span,
  type Tier,
} from "@/lib/sla/availability";
import { sqlRows } from "@/lib/db/sql";

type SpanRow = { service: string; impact: Impact; start: Date; end: Date };
type ServiceRow = { slug: string; name: string; tier: Tier };
type WindowRow = { service: string; start: Date; end: Date };

export async function availabilitySummary(at: Date, now = new Date()): Promise<AvailabilitySummary> {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth() + 1;
  const range = monthRange(year, month);
  const fromDay = range.start.toISOString().slice(0, 10);
  const toDay = range.end.toISOString().slice(0, 10);
  const [services, spans, windows] = await Promise.all([
    sqlRows<ServiceRow>(Prisma.sql`SELECT slug, name, tier::text AS tier FROM services ORDER BY tier, slug`, {
      prepared: true,
    }),
    sqlRows<SpanRow>(
      Prisma.sql`
        SELECT service, 'OUTAGE' AS impact, lower(r) AS start, upper(r) AS end
        FROM service_impact_daily, unnest(outage) AS r WHERE day >= ${fromDay}::date AND day < ${toDay}::date
        UNION ALL
        SELECT service, 'DEGRADED', lower(r), upper(r)
        FROM service_impact_daily, unnest(impaired) AS r WHERE day >= ${fromDay}::date AND day < ${toDay}::date
        UNION ALL
        SELECT x.service, x.impact, lower(r), upper(r) FROM (
          SELECT s.service, CASE WHEN i.impact = 'OUTAGE' THEN 'OUTAGE' ELSE 'DEGRADED' END AS impact, range_agg(tstzrange(i.created_at, ${now}::timestamptz)) AS m
          FROM incidents i CROSS JOIN LATERAL unnest(i.affected_services) AS s(service)
          WHERE i.resolved_at IS NULL AND i.impact <> 'NONE' AND i.created_at < ${range.end} AND i.created_at < ${now}
          GROUP BY 1, 2) x, unnest(x.m) AS r`,
      { prepared: true },
    ),
    sqlRows<WindowRow>(
      Prisma.sql`
        SELECT s.service, c.planned_start AS start, c.planned_end AS end
        FROM changes c CROSS JOIN LATERAL unnest(c.services) AS s(service)
        WHERE c.status IN ('IMPLEMENTING', 'VERIFYING', 'COMPLETED', 'ROLLED_BACK', 'CLOSED')
          AND c.planned_start < ${range.end} AND c.planned_end > ${range.start}`,
      { prepared: true },
    ),
  ]);
  const spansBy = groupBy(spans, (s) => s.service);
  const windowsBy = groupBy(windows, (w) => w.service);
  const items: ServiceAvailabilitySummary[] = services.map((s) => {
    const mine: ImpactSpan[] = (spansBy.get(s.slug) ?? []).map((r) => ({
      start: r.start,
      end: r.end,
      impact: r.impact,
    }));
    const maint: Span[] = (windowsBy.get(s.slug) ?? []).map((w) => ({ start: w.start, end: w.end }));
    const report = availabilityReport(s.tier, mine, maint, range, now);
    return {
      slug: s.slug,
      name: s.name,
      tier: s.tier,
      target: report.target,
      availability: report.availability,
      met: report.met,
      outageMinutes: report.outageMinutes,
      degradedMinutes: report.degradedMinutes,
      downMinutes: report.downMinutes,
      maintenanceMinutes: report.maintenanceMinutes,
      budgetMinutes: report.budgetMinutes,
      budgetLeftMinutes: report.budgetLeftMinutes,
      budgetLeftShare: report.budgetLeftShare,
      burnRate: report.burnRate,
      arithmetic: report.arithmetic,
    };
  });
  return {
    month: `${year}-${String(month).padStart(2, "0")}`,
    tiers: summarizeTiers(items),
    services: items,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
