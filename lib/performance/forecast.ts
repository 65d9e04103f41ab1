// Capacity forecasts: a least-squares straight line through a daily series, and when it reaches a
// threshold. Each day's value is placed at the start of its UTC day (00:00), so a series 50, 51, 52, …
// starting on 1 June reaches 70 at 00:00 on 21 June. Days without data (null) are skipped, not zero.
const DAY = 86_400_000;
export const MIN_TREND_POINTS = 3;

export type DailyValue = { day: string; value: number | null };
// value(t) = intercept + slopePerDay × (days since `origin`), origin = start of the first day with data.
export type Trend = {
  slopePerDay: number;
  intercept: number;
  origin: number;
  points: number;
  lastDay: number;
  lastValue: number;
};

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function linearTrend(series: readonly DailyValue[]): Trend | null {
  const points = series
    .filter((p): p is { day: string; value: number } => p.value !== null && Number.isFinite(p.value))
    .map((p) => ({ t: dayStart(p.day), y: p.value }))
    .sort((a, b) => a.t - b.t);
  if (points.length < MIN_TREND_POINTS) return null;
  const origin = points[0]!.t;
  const n = points.length;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += (p.t - origin) / DAY;
    sy += p.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    const dx = (p.t - origin) / DAY - mx;
    sxx += dx * dx;
    sxy += dx * (p.y - my);
  }
  const slopePerDay = sxx === 0 ? 0 : sxy / sxx;
  const last = points[n - 1]!;
  return {
    slopePerDay,
    intercept: my - slopePerDay * mx,
    origin,
    points: n,
    lastDay: last.t,
    lastValue: last.y,
  };
}

export const trendValueAt = (trend: Trend, at: number) =>
  trend.intercept + (trend.slopePerDay * (at - trend.origin)) / DAY;

// When the series reaches `threshold` at its trend:
//   - null with fewer than 3 days of data;
//   - already there (the last day's value, or the line at the last day, is at or above the threshold):
//     the start of the last day with data, i.e. an instant at or before the end of the period, which the
//     dashboard shows as "already above";
//   - otherwise null when the line is flat or falling, else the instant the line reaches the threshold,
//     unless that is more than `horizonDays` after the last day (a near-flat line "crossing" in decades
//     says nothing useful; the dashboard uses a year).
export function crossingInstant(trend: Trend | null, threshold: number, horizonDays = Infinity): Date | null {
  if (!trend) return null;
  if (trend.lastValue >= threshold || trendValueAt(trend, trend.lastDay) >= threshold)
    return new Date(trend.lastDay);
  if (trend.slopePerDay <= 0) return null;
  const days = (threshold - trend.intercept) / trend.slopePerDay;
  const at = Math.max(Math.round(trend.origin + days * DAY), trend.lastDay);
  return at - trend.lastDay > horizonDays * DAY ? null : new Date(at);
}

// The crossing instant counts as "already" when it is not after the last day with data.
export const isAlreadyCrossed = (trend: Trend | null, at: Date | null) =>
  !!trend && !!at && at.getTime() <= trend.lastDay;
