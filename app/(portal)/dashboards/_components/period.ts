// The period a dashboard covers, kept in the URL so a view can be shared: `?range=7d|30d|90d|12m`
// (default 30d, the API's default), or an explicit `?from=&to=` (ISO instants or UTC dates) that a
// link may carry. A preset is resolved when it is fetched, so a refetch of "Last 7 days" covers the 7
// days before it, and the query key does not change as time passes.
import { PERIOD_LABELS, presetRange, type PresetPeriod } from "@/lib/incidents/metrics-period";

export const DASHBOARD_RANGES = ["7d", "30d", "90d", "12m"] as const satisfies readonly PresetPeriod[];
export type DashboardRange = (typeof DASHBOARD_RANGES)[number];
export const DEFAULT_RANGE: DashboardRange = "30d";

export const RANGE_LABELS: Record<DashboardRange, string> = {
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
  "12m": "12 months",
};
export const RANGE_TITLES: Record<DashboardRange, string> = PERIOD_LABELS;

export type PeriodSelection =
  { range: DashboardRange; from: string; to: string } | { range: "custom"; from: string; to: string };

const isRange = (v: string): v is DashboardRange => (DASHBOARD_RANGES as readonly string[]).includes(v);

function parseInstant(value: string, endOfDay: boolean): Date | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(d.getTime())) return null;
    // A date as `to` includes that whole day.
    return endOfDay ? new Date(d.getTime() + 86_400_000) : d;
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function readPeriod(search: { get: (name: string) => string | null }): PeriodSelection {
  const from = search.get("from")?.trim() ?? "";
  const to = search.get("to")?.trim() ?? "";
  if (from && to && parseInstant(from, false) && parseInstant(to, true)) return { range: "custom", from, to };
  const range = search.get("range")?.trim() ?? "";
  return { range: isRange(range) ? range : DEFAULT_RANGE, from: "", to: "" };
}

export function resolvePeriod(selection: PeriodSelection, now = new Date()): { from: Date; to: Date } {
  if (selection.range === "custom") {
    return { from: parseInstant(selection.from, false) ?? now, to: parseInstant(selection.to, true) ?? now };
  }
  // Anchored to the next whole minute, so everyone looking at "the last 30 days" within a minute asks
  // for the same period and shares one computed answer on the server.
  return presetRange(selection.range, new Date(Math.ceil(now.getTime() / 60_000) * 60_000));
}

// A page's searchParams as the reader readPeriod takes.
export type SearchParams = Record<string, string | string[] | undefined>;
export const searchReader = (params: SearchParams) => ({
  get: (name: string) => {
    const value = params[name];
    return typeof value === "string" ? value : Array.isArray(value) ? (value[0] ?? null) : null;
  },
});

// The API's query for a period, as the page reads it on the server.
export function periodInput(selection: PeriodSelection, now = new Date()): { from: string; to: string } {
  const { from, to } = resolvePeriod(selection, now);
  return { from: from.toISOString(), to: to.toISOString() };
}

export const samePeriod = (a: PeriodSelection, b: PeriodSelection) =>
  a.range === b.range && a.from === b.from && a.to === b.to;

export function periodQuery(selection: PeriodSelection, now = new Date()): string {
  const { from, to } = resolvePeriod(selection, now);
  return new URLSearchParams({ from: from.toISOString(), to: to.toISOString() }).toString();
}

// The incident metrics page takes the same presets; a custom period goes as whole UTC days.
export function metricsHref(selection: PeriodSelection): string {
  if (selection.range !== "custom") return `/incidents/metrics?period=${selection.range}`;
  const { from, to } = resolvePeriod(selection);
  const lastDay = new Date(to.getTime() - 1).toISOString().slice(0, 10);
  return `/incidents/metrics?period=custom&from=${from.toISOString().slice(0, 10)}&to=${lastDay}`;
}

export function describePeriod(selection: PeriodSelection, period?: { from: string; to: string }): string {
  if (selection.range !== "custom") return RANGE_TITLES[selection.range];
  if (!period) return "Custom period";
  return `${period.from.slice(0, 10)} – ${period.to.slice(0, 10)} UTC`;
}
