// A component's uptime for the status page (pure), with the portal's availability arithmetic
// (lib/sla/availability.ts): at each moment the worst impact counts once, an outage (major or partial)
// fully, degraded service at DEGRADED_WEIGHT, maintenance not at all.
// Days are UTC days; today counts up to now.
import { DEGRADED_WEIGHT, weightedDownMinutes, type ImpactSpan, type Span } from "@/lib/sla/availability";

const DAY_MS = 24 * 60 * 60_000;
const MINUTE_MS = 60_000;

export type UptimeDay = {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  /** 1 − down ÷ measured; null when the day has no measured minute (all maintenance, or not begun). */
  uptime: number | null;
  outageMinutes: number;
  degradedMinutes: number;
  /** What the bar shows: the worst impact that day. */
  worst: "OUTAGE" | "DEGRADED" | "NONE";
};

function measure(incidents: readonly ImpactSpan[], maintenance: readonly Span[], range: Span) {
  const down = weightedDownMinutes(incidents, maintenance, range);
  const maintained = weightedDownMinutes(
    maintenance.map((m) => ({ ...m, impact: "OUTAGE" as const })),
    [],
    range,
  ).outage;
  const measured = (range.end.getTime() - range.start.getTime()) / MINUTE_MS - maintained;
  return { ...down, measured };
}

const startOfUtcDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

/** The last `days` UTC days up to `now` (today last), each with its uptime and worst impact. */
export function uptimeDays(
  incidents: readonly ImpactSpan[],
  maintenance: readonly Span[],
  now: Date,
  days = 90,
): UptimeDay[] {
  const today = startOfUtcDay(now.getTime());
  const out: UptimeDay[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const start = today - i * DAY_MS;
    const end = Math.min(start + DAY_MS, now.getTime());
    const range = { start: new Date(start), end: new Date(Math.max(end, start)) };
    const m = measure(incidents, maintenance, range);
    out.push({
      day: new Date(start).toISOString().slice(0, 10),
      uptime: m.measured > 0 ? 1 - m.weighted / m.measured : null,
      outageMinutes: m.outage,
      degradedMinutes: m.degraded,
      worst: m.outage > 0 ? "OUTAGE" : m.degraded > 0 ? "DEGRADED" : "NONE",
    });
  }
  return out;
}

/** Uptime over a span (a month, up to now): the same arithmetic as a day. */
export function uptimeOver(
  incidents: readonly ImpactSpan[],
  maintenance: readonly Span[],
  range: Span,
  now: Date,
) {
  const end = new Date(Math.min(range.end.getTime(), now.getTime()));
  if (end <= range.start) return null;
  const m = measure(incidents, maintenance, { start: range.start, end });
  return m.measured > 0 ? 1 - m.weighted / m.measured : null;
}

/** The sentence the page shows under the bars, so customers know how a partial outage counts. */
export const UPTIME_RULE = `Uptime counts every minute of an outage (major or partial) in full and every minute of degraded performance at ${DEGRADED_WEIGHT * 100} %, the worst at each moment once; scheduled maintenance is not counted.`;
