// Words, colours and verdicts for the application dashboard's figures (handbook "Performance standards"
// and "Capacity planning"). Pure.
import { formatMs, forecastDay } from "./format";
import type { ApplicationDashboard, CapacityMetric, PerformanceMetric } from "@/lib/dashboards/schemas";

export type ServiceFigures = ApplicationDashboard["services"][number];
export type PerformanceFigure = ServiceFigures["performance"][number];
export type CapacityFigure = ServiceFigures["capacity"][number];

// The portal measures itself: its own server timings and the web vitals its pages report.
export const SELF_SERVICE = "ops-portal";

export const PERFORMANCE_LABELS: Record<PerformanceMetric, string> = {
  api_latency_ms: "API response",
  db_query_ms: "DB query",
  page_load_ms: "Page load",
  search_ms: "Search",
};
export const PERFORMANCE_SHORT: Record<PerformanceMetric, string> = {
  api_latency_ms: "API",
  db_query_ms: "DB",
  page_load_ms: "Page",
  search_ms: "Search",
};
export const PERFORMANCE_COLORS: Record<PerformanceMetric, string> = {
  api_latency_ms: "var(--accent)",
  db_query_ms: "var(--success)",
  page_load_ms: "var(--warning)",
  search_ms: "var(--muted)",
};

export const CAPACITY_LABELS: Record<CapacityMetric, string> = {
  cpu_percent: "CPU",
  memory_percent: "Memory",
  disk_percent: "Disk",
};
export const CAPACITY_COLORS: Record<CapacityMetric, string> = {
  cpu_percent: "var(--accent)",
  memory_percent: "var(--warning)",
  disk_percent: "var(--success)",
};

// The handbook keeps 20 % free at peak.
export const BUFFER_POINTS = 20;

export const describeTarget = (f: PerformanceFigure) => `p95 < ${formatMs(f.target)}`;

export type Verdict = "met" | "missed" | "none";
export const performanceVerdict = (f: PerformanceFigure): Verdict =>
  f.met === null ? "none" : f.met ? "met" : "missed";

// A capacity figure's state: over the buffer is red, over a target amber.
export function capacityTone(f: CapacityFigure): "danger" | "warning" | "success" | "neutral" {
  if (f.peak === null && f.average === null) return "neutral";
  if (f.bufferOk === false) return "danger";
  if ((f.peak !== null && f.peak > f.peakTarget) || (f.average !== null && f.average > f.averageTarget))
    return "warning";
  return "success";
}

// The forecast in words: "average crosses 70 % on 12 Dec", or why there is none.
export function forecastLines(f: CapacityFigure, now = new Date()): string[] {
  const lines: string[] = [];
  if (f.bufferCrossesAt)
    lines.push(`peak leaves < ${BUFFER_POINTS} % free on ${forecastDay(f.bufferCrossesAt, now)}`);
  if (f.peakCrossesAt) lines.push(`peak crosses ${f.peakTarget} % on ${forecastDay(f.peakCrossesAt, now)}`);
  if (f.averageCrossesAt)
    lines.push(`average crosses ${f.averageTarget} % on ${forecastDay(f.averageCrossesAt, now)}`);
  if (lines.length) return lines;
  if (f.trendPerDay === null) return [f.samples ? "too few days to forecast" : "no samples"];
  if (f.trendPerDay <= 0) return ["not rising"];
  if (f.average !== null && f.average >= f.averageTarget)
    return [`rising ${f.trendPerDay.toFixed(2)} pts a day, already over target`];
  return [`rising ${f.trendPerDay.toFixed(2)} pts a day, no crossing ahead`];
}

// The earliest forecast crossing of a service, for the overview table.
export function soonestCrossing(
  capacity: CapacityFigure[],
): { metric: CapacityMetric; at: string; what: string } | null {
  let best: { metric: CapacityMetric; at: string; what: string } | null = null;
  for (const f of capacity) {
    const candidates: [string | null, string][] = [
      [f.bufferCrossesAt, `< ${BUFFER_POINTS} % free`],
      [f.peakCrossesAt, `peak ${f.peakTarget} %`],
      [f.averageCrossesAt, `avg ${f.averageTarget} %`],
    ];
    for (const [at, what] of candidates)
      if (at && (!best || at < best.at)) best = { metric: f.metric, at, what };
  }
  return best;
}
