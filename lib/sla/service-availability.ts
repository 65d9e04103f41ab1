// Monthly availability per service and per tier, from the incidents that affected each service (their
// impact, from report to resolution) and the declared maintenance: the planned windows of changes
// that were carried out on the service.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import {
  availabilityReport,
  monthRange,
  summarizeTiers,
  type AvailabilityReport,
  type Impact,
  type Span,
  type Tier,
} from "@/lib/sla/availability";

type IncidentRow = {
  service: string;
  key: string;
  impact: Impact;
  created_at: Date;
  resolved_at: Date | null;
};
type ChangeRow = { service: string; key: string; planned_start: Date; planned_end: Date };

export type ServiceAvailability = {
  slug: string;
  name: string;
  tier: Tier;
  incidents: string[];
  maintenance: string[];
} & AvailabilityReport;

export async function monthlyAvailability(year: number, month: number, now = new Date()) {
  const range = monthRange(year, month);
  const [services, incidents, changes] = [
    await db.service.findMany({
      orderBy: [{ tier: "asc" }, { slug: "asc" }],
      select: { slug: true, name: true, tier: true },
    }),
    await sqlRows<IncidentRow>(Prisma.sql`
      SELECT s.service, i.key, i.impact::text AS impact, i.created_at, i.resolved_at
      FROM incidents i CROSS JOIN LATERAL unnest(i.affected_services) AS s(service)
      WHERE i.impact <> 'NONE' AND i.created_at < ${range.end} AND (i.resolved_at > ${range.start} OR i.resolved_at IS NULL)`),
    await sqlRows<ChangeRow>(Prisma.sql`
      SELECT s.service, c.key, c.planned_start, c.planned_end
      FROM changes c CROSS JOIN LATERAL unnest(c.services) AS s(service)
      WHERE c.status IN ('IMPLEMENTING', 'VERIFYING', 'COMPLETED', 'ROLLED_BACK', 'CLOSED')
        AND c.planned_start < ${range.end} AND c.planned_end > ${range.start}`),
  ];
  const items: ServiceAvailability[] = services.map((s) => {
    const mine = incidents.filter((i) => i.service === s.slug);
    const maint = changes.filter((c) => c.service === s.slug);
    const spans = mine.map((i) => ({ start: i.created_at, end: i.resolved_at ?? now, impact: i.impact }));
    const windows: Span[] = maint.map((c) => ({ start: c.planned_start, end: c.planned_end }));
    return {
      slug: s.slug,
      name: s.name,
      tier: s.tier,
      incidents: mine.map((i) => i.key),
      maintenance: maint.map((c) => c.key),
      ...availabilityReport(s.tier, spans, windows, range, now),
    };
  });
  const tiers = summarizeTiers(items);
  return {
    month: `${year}-${String(month).padStart(2, "0")}`,
    from: range.start.toISOString(),
    to: range.end.toISOString(),
    tiers,
    services: items,
  };
}
