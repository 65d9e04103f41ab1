// Monthly availability and error budgets (handbook "System Availability"): pure arithmetic on incident
// impact, so a manager can check it by hand. All times UTC, minutes as fractions where they fall.
//
//   measured minutes = minutes in the month so far − declared maintenance
//   down minutes     = outage minutes × 1 + degraded minutes × DEGRADED_WEIGHT (overlaps count once, at
//                      the worst impact at that moment; maintenance time never counts)
//   availability     = 1 − down ÷ measured
//   error budget     = (1 − SLA target) × minutes in the whole month (less its maintenance)
//   burn rate        = share of the budget used ÷ share of the month elapsed (1 = on pace to use it all)
export const SLA_TARGETS = { CRITICAL: 0.999, STANDARD: 0.995, DEVELOPMENT: 0.99 } as const;
export type Tier = keyof typeof SLA_TARGETS;
export const IMPACT_WEIGHT = { OUTAGE: 1, DEGRADED: 0.5, NONE: 0 } as const;
export const DEGRADED_WEIGHT = IMPACT_WEIGHT.DEGRADED;
export type Impact = keyof typeof IMPACT_WEIGHT;

export type Span = { start: Date; end: Date };
export type ImpactSpan = Span & { impact: Impact };

const MINUTE = 60_000;

export function monthRange(year: number, month: number): Span {
  return { start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)) };
}

const clip = (s: Span, range: Span): Span | null => {
  const start = Math.max(s.start.getTime(), range.start.getTime());
  const end = Math.min(s.end.getTime(), range.end.getTime());
  return end > start ? { start: new Date(start), end: new Date(end) } : null;
};

// Minutes covered by the union of spans (overlaps once).
export function unionMinutes(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start.getTime() - b.start.getTime());
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const s of sorted) {
    if (s.start.getTime() > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = s.start.getTime();
      curEnd = s.end.getTime();
    } else curEnd = Math.max(curEnd, s.end.getTime());
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total / MINUTE;
}

// Weighted down minutes: at each moment the worst impact of the incidents open then, outside maintenance.
// A sweep over the span edges (n log n), so a month with thousands of open incidents stays cheap.
export function weightedDownMinutes(
  incidents: readonly ImpactSpan[],
  maintenance: readonly Span[],
  range: Span,
): { outage: number; degraded: number; weighted: number } {
  type Edge = { at: number; kind: "OUTAGE" | "DEGRADED" | "MAINTENANCE"; delta: 1 | -1 };
  const edges: Edge[] = [];
  const add = (s: Span | null, kind: Edge["kind"]) => {
    if (!s) return;
    edges.push({ at: s.start.getTime(), kind, delta: 1 }, { at: s.end.getTime(), kind, delta: -1 });
  };
  for (const i of incidents)
    if (IMPACT_WEIGHT[i.impact] > 0) add(clip(i, range), i.impact === "OUTAGE" ? "OUTAGE" : "DEGRADED");
  for (const m of maintenance) add(clip(m, range), "MAINTENANCE");
  edges.sort((a, b) => a.at - b.at);
  const open = { OUTAGE: 0, DEGRADED: 0, MAINTENANCE: 0 };
  let outage = 0;
  let degraded = 0;
  let k = 0;
  while (k < edges.length) {
    const at = edges[k]!.at;
    for (; k < edges.length && edges[k]!.at === at; k++) open[edges[k]!.kind] += edges[k]!.delta;
    if (k === edges.length) break;
    const length = (edges[k]!.at - at) / MINUTE;
    if (open.MAINTENANCE > 0) continue;
    if (open.OUTAGE > 0) outage += length;
    else if (open.DEGRADED > 0) degraded += length;
  }
  return { outage, degraded, weighted: outage + degraded * DEGRADED_WEIGHT };
}

export type AvailabilityReport = {
  target: number;
  monthMinutes: number;
  elapsedMinutes: number;
  maintenanceMinutes: number;
  measuredMinutes: number;
  outageMinutes: number;
  degradedMinutes: number;
  downMinutes: number;
  availability: number | null;
  met: boolean | null;
  budgetMinutes: number;
  budgetUsedMinutes: number;
  budgetLeftMinutes: number;
  budgetLeftShare: number;
  burnRate: number | null;
  arithmetic: string[];
};

const fmt = (n: number, digits = 1) =>
  n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const pct = (n: number) => `${(n * 100).toFixed(3)} %`;

export function availabilityReport(
  tier: Tier,
  incidents: readonly ImpactSpan[],
  maintenance: readonly Span[],
  month: Span,
  now: Date,
): AvailabilityReport {
  const target = SLA_TARGETS[tier];
  const elapsedEnd = new Date(Math.min(Math.max(now.getTime(), month.start.getTime()), month.end.getTime()));
  const elapsed: Span = { start: month.start, end: elapsedEnd };
  const monthMinutes = (month.end.getTime() - month.start.getTime()) / MINUTE;
  const elapsedMinutes = (elapsedEnd.getTime() - month.start.getTime()) / MINUTE;
  const maintWhole = unionMinutes(
    maintenance.map((m) => clip(m, month)).filter((m): m is Span => m !== null),
  );
  const maintElapsed = unionMinutes(
    maintenance.map((m) => clip(m, elapsed)).filter((m): m is Span => m !== null),
  );
  const measuredMinutes = elapsedMinutes - maintElapsed;
  // Incidents still open count up to now.
  const spans = incidents.map((i) => ({
    ...i,
    end: new Date(Math.min(i.end.getTime(), elapsedEnd.getTime())),
  }));
  const down = weightedDownMinutes(spans, maintenance, elapsed);
  const availability = measuredMinutes > 0 ? 1 - down.weighted / measuredMinutes : null;
  const budgetMinutes = (1 - target) * (monthMinutes - maintWhole);
  const budgetLeftMinutes = budgetMinutes - down.weighted;
  const elapsedShare = monthMinutes - maintWhole > 0 ? measuredMinutes / (monthMinutes - maintWhole) : 0;
  const burnRate =
    budgetMinutes > 0 && elapsedShare > 0 ? down.weighted / budgetMinutes / elapsedShare : null;
  const arithmetic = [
    `Measured: ${fmt(elapsedMinutes)} min elapsed − ${fmt(maintElapsed)} min declared maintenance = ${fmt(measuredMinutes)} min`,
    `Down: ${fmt(down.outage)} min outage × 1 + ${fmt(down.degraded)} min degraded × ${DEGRADED_WEIGHT} = ${fmt(down.weighted)} min`,
    availability === null
      ? "Availability: nothing measured yet"
      : `Availability: 1 − ${fmt(down.weighted)} ÷ ${fmt(measuredMinutes)} = ${pct(availability)} (target ${pct(target)})`,
    `Error budget: (1 − ${target}) × (${fmt(monthMinutes)} − ${fmt(maintWhole)}) min = ${fmt(budgetMinutes)} min; used ${fmt(down.weighted)}, left ${fmt(budgetLeftMinutes)} min`,
    burnRate === null
      ? "Burn rate: —"
      : `Burn rate: (${fmt(down.weighted)} ÷ ${fmt(budgetMinutes)}) ÷ (${fmt(measuredMinutes)} ÷ ${fmt(monthMinutes - maintWhole)}) = ${burnRate.toFixed(2)}×`,
  ];
  return {
    target,
    monthMinutes,
    elapsedMinutes,
    maintenanceMinutes: maintElapsed,
    measuredMinutes,
    outageMinutes: down.outage,
    degradedMinutes: down.degraded,
    downMinutes: down.weighted,
    availability,
    met: availability === null ? null : availability >= target,
    budgetMinutes,
    budgetUsedMinutes: down.weighted,
    budgetLeftMinutes,
    budgetLeftShare: budgetMinutes > 0 ? budgetLeftMinutes / budgetMinutes : 0,
    burnRate,
    arithmetic,
  };
}

// Per tier: how many services meet the SLA, their average availability, the worst one, and the budget
// left summed over the tier's services.
type TierInput = {
  slug: string;
  tier: Tier;
  availability: number | null;
  met: boolean | null;
  budgetMinutes: number;
  budgetLeftMinutes: number;
};
export function summarizeTiers(items: readonly TierInput[]) {
  return (Object.keys(SLA_TARGETS) as Tier[]).map((tier) => {
    const list = items.filter((i) => i.tier === tier && i.availability !== null);
    const worst = list.reduce<TierInput | null>(
      (w, i) => (w === null || (i.availability ?? 1) < (w.availability ?? 1) ? i : w),
      null,
    );
    return {
      tier,
      target: SLA_TARGETS[tier],
      services: list.length,
      meeting: list.filter((i) => i.met).length,
      // The tier is as available as its services on average; the worst one is named.
      averageAvailability: list.length
        ? list.reduce((sum, i) => sum + (i.availability ?? 0), 0) / list.length
        : null,
      worst: worst ? { slug: worst.slug, availability: worst.availability } : null,
      budgetMinutes: list.reduce((sum, i) => sum + i.budgetMinutes, 0),
      budgetLeftMinutes: list.reduce((sum, i) => sum + i.budgetLeftMinutes, 0),
    };
  });
}
