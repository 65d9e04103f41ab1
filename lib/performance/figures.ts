// The handbook's performance standards and capacity targets, and the figures the application dashboard
// shows, computed from daily histograms (pure; lib/performance/daily-rollup.ts reads them).
//   Performance (p95): API < 200 ms, database query < 100 ms, page load < 3 s, search < 1 s.
//   Capacity: CPU 70 % average / 90 % peak, memory 80 / 95, disk 70 / 85, and a 20 % buffer at peak.
import { BUCKET_COUNT, bucketUpperEdge, percentileFromHistogram } from "@/lib/performance/buckets";
import { crossingInstant, linearTrend } from "@/lib/performance/forecast";
import type { CapacityMetric, PerformanceMetric } from "@/lib/dashboards/schemas";

const DAY = 86_400_000;

export const PERFORMANCE_TARGETS: Record<PerformanceMetric, number> = {
  api_latency_ms: 200,
  db_query_ms: 100,
  page_load_ms: 3000,
  search_ms: 1000,
};
export const CAPACITY_TARGETS: Record<CapacityMetric, { average: number; peak: number }> = {
  cpu_percent: { average: 70, peak: 90 },
  memory_percent: { average: 80, peak: 95 },
  disk_percent: { average: 70, peak: 85 },
};
export const CAPACITY_BUFFER = 20;
// The forecasts fit the last (at most) 30 days of the period and look at most a year ahead.
export const FORECAST_DAYS = 30;
export const FORECAST_HORIZON_DAYS = 365;

// One service, metric and UTC day of performance_daily, its histogram kept sparse: `buckets[k]` holds
// `counts[k]` samples, buckets ascending, empty buckets left out.
export type DayHistogram = { samples: number; sum: number; buckets: number[]; counts: number[] };
// Days are numbered from 1970-01-01 (UTC); `days` lists every day of the period, with or without data,
// and `labels` the same days as YYYY-MM-DD (made once per answer, not once per figure).
export type MetricDays = {
  days: readonly number[];
  labels: readonly string[];
  byDay: ReadonlyMap<number, DayHistogram>;
};

export const dayNumber = (d: Date) => Math.floor(d.getTime() / DAY);
export const dayString = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
export const periodDays = (fromDay: number, toDay: number) => {
  const days = Array.from({ length: Math.max(0, toDay - fromDay + 1) }, (_, i) => fromDay + i);
  return { days, labels: days.map(dayString) };
};

function sparseQuantile(h: DayHistogram, q: number, metric: string): number | null {
  if (h.samples <= 0) return null;
  const rank = Math.max(1, Math.ceil(q * h.samples - 1e-9));
  let seen = 0;
  for (let k = 0; k < h.buckets.length; k++) {
    seen += h.counts[k]!;
    if (seen >= rank) return bucketUpperEdge(metric, h.buckets[k]!);
  }
  return h.buckets.length ? bucketUpperEdge(metric, h.buckets[h.buckets.length - 1]!) : null;
}

// Capacity peak of a day: the top of the highest non-empty 1-point bucket, i.e. the whole percent just
// above the highest sample (a sample of 87.3 or 87 gives 88; at most 100). So `peak ≤ target` means
// every sample stayed below the target, and `100 − peak ≥ 20` that the buffer was kept throughout.
function dayPeak(h: DayHistogram, metric: string): number | null {
  const top = h.buckets.at(-1);
  return top === undefined || h.samples <= 0 ? null : bucketUpperEdge(metric, top);
}

export function performanceFigure(metric: PerformanceMetric, input: MetricDays) {
  const total = new Array<number>(BUCKET_COUNT).fill(0);
  let samples = 0;
  let sum = 0;
  const daily = input.days.map((d, i) => {
    const day = input.labels[i]!;
    const h = input.byDay.get(d);
    if (!h || h.samples <= 0) return { day, p95: null, samples: 0 };
    samples += h.samples;
    sum += h.sum;
    for (let k = 0; k < h.buckets.length; k++) total[h.buckets[k]!]! += h.counts[k]!;
    return { day, p95: sparseQuantile(h, 0.95, metric), samples: h.samples };
  });
  const p95 = samples > 0 ? percentileFromHistogram(total, 0.95, metric) : null;
  const target = PERFORMANCE_TARGETS[metric];
  return {
    metric,
    samples,
    p95,
    average: samples > 0 ? sum / samples : null,
    target,
    met: p95 === null ? null : p95 < target,
    daily,
  };
}

export function capacityFigure(metric: CapacityMetric, input: MetricDays) {
  const { average: averageTarget, peak: peakTarget } = CAPACITY_TARGETS[metric];
  let samples = 0;
  let sum = 0;
  let peak: number | null = null;
  const daily = input.days.map((d, i) => {
    const day = input.labels[i]!;
    const h = input.byDay.get(d);
    if (!h || h.samples <= 0) return { day, average: null, peak: null };
    samples += h.samples;
    sum += h.sum;
    const p = dayPeak(h, metric);
    if (p !== null && (peak === null || p > peak)) peak = p;
    return { day, average: h.sum / h.samples, peak: p };
  });
  const recent = daily.slice(-FORECAST_DAYS);
  const averageTrend = linearTrend(recent.map((d) => ({ day: d.day, value: d.average })));
  const peakTrend = linearTrend(recent.map((d) => ({ day: d.day, value: d.peak })));
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const headroom = peak === null ? null : 100 - peak;
  return {
    metric,
    samples,
    average: samples > 0 ? sum / samples : null,
    peak,
    averageTarget,
    peakTarget,
    headroom,
    bufferOk: headroom === null ? null : headroom >= CAPACITY_BUFFER,
    trendPerDay: averageTrend?.slopePerDay ?? null,
    averageCrossesAt: iso(crossingInstant(averageTrend, averageTarget, FORECAST_HORIZON_DAYS)),
    peakCrossesAt: iso(crossingInstant(peakTrend, peakTarget, FORECAST_HORIZON_DAYS)),
    bufferCrossesAt: iso(crossingInstant(peakTrend, 100 - CAPACITY_BUFFER, FORECAST_HORIZON_DAYS)),
    daily,
  };
}
