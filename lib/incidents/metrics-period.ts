// The periods of the metrics page. A preset ends now, like the API's 90-day default. A custom period is
// whole UTC days with both ends included, so the server reads it from the daily rollup alone (no
// partial days at the edges).
export const METRICS_PERIODS = ["7d", "30d", "90d", "12m", "custom"] as const;
export type MetricsPeriod = (typeof METRICS_PERIODS)[number];
export type PresetPeriod = Exclude<MetricsPeriod, "custom">;

export const DEFAULT_METRICS_PERIOD: PresetPeriod = "90d";

export const PERIOD_LABELS: Record<MetricsPeriod, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "12m": "Last 12 months",
  custom: "Custom",
};

// `from` and `to` are UTC dates (YYYY-MM-DD), set only for a custom period; "" otherwise, so a preset's
// query key does not change as time passes.
export type MetricsSelection = { period: MetricsPeriod; from: string; to: string; service: string };

export type MetricsRange = { ok: true; from: Date; to: Date } | { ok: false; error: string };

const DAY = 86_400_000;
const PRESET_DAYS = { "7d": 7, "30d": 30, "90d": 90 } as const;

export const utcDate = (d: Date) => d.toISOString().slice(0, 10);

export function parseUtcDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  // Rejects dates the calendar lacks (2025-02-30), which Date would roll over.
  return Number.isNaN(d.getTime()) || utcDate(d) !== value ? null : d;
}

const isPeriod = (v: string): v is MetricsPeriod => (METRICS_PERIODS as readonly string[]).includes(v);

export function readMetricsSelection(search: { get: (name: string) => string | null }): MetricsSelection {
  const raw = search.get("period")?.trim() ?? "";
  const period = isPeriod(raw) ? raw : DEFAULT_METRICS_PERIOD;
  const isCustom = period === "custom";
  return {
    period,
    from: isCustom ? (search.get("from")?.trim() ?? "") : "",
    to: isCustom ? (search.get("to")?.trim() ?? "") : "",
    service: search.get("service")?.trim().toLowerCase() ?? "",
  };
}

export function presetRange(period: PresetPeriod, now: Date): { from: Date; to: Date } {
  if (period === "12m") {
    const from = new Date(now);
    from.setUTCFullYear(from.getUTCFullYear() - 1);
    return { from, to: now };
  }
  return { from: new Date(now.getTime() - PRESET_DAYS[period] * DAY), to: now };
}

export function selectionRange(selection: MetricsSelection, now: Date): MetricsRange {
  if (selection.period !== "custom") return { ok: true, ...presetRange(selection.period, now) };
  const from = parseUtcDate(selection.from);
  const to = parseUtcDate(selection.to);
  if (!from || !to) return { ok: false, error: "Pick both a start and an end date." };
  if (from > to) return { ok: false, error: "The start date must not be after the end date." };
  return { ok: true, from, to: new Date(to.getTime() + DAY) };
}
