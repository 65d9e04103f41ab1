// How the dashboards write shares, numbers, chart days and months. Pure and locale-free (UTC, English
// month names), so a figure reads the same for everyone who checks it by hand. Instants and durations
// are not written here: components/ui/time.tsx (<Instant>) and components/ui/format-duration.ts.
export { formatMinutes } from "@/app/(portal)/incidents/metrics/_components/metrics-format";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

// 0–1 share → "99.95 %" (availability needs two decimals: 99.9 and 99.95 are different verdicts).
export function formatShare(share: number | null, decimals = 1): string {
  if (share === null || !Number.isFinite(share)) return "—";
  return `${(share * 100).toFixed(decimals)} %`;
}

export const formatAvailability = (share: number | null) => formatShare(share, 3);

// A target stored as a share (0.999) written as the handbook writes it (99.9 %).
export const formatTarget = (share: number) => `${Number((share * 100).toFixed(3))} %`;

export function formatNumber(value: number | null, decimals = 0): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return value.toLocaleString("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

// Minutes with one decimal, as the availability arithmetic writes them.
export const formatMinutesExact = (minutes: number) =>
  `${formatNumber(minutes, minutes % 1 === 0 ? 0 : 1)} min`;

// "1.4×": the pace of an error budget; 1 uses it up exactly by the end of the month.
export const formatBurnRate = (rate: number | null) => (rate === null ? "—" : `${rate.toFixed(2)}×`);

// Milliseconds from a p95: "184 ms", "2.4 s".
export function formatMs(ms: number | null): string {
  if (ms === null) return "—";
  if (ms >= 1000) return `${Number((ms / 1000).toFixed(ms >= 10_000 ? 0 : 2))} s`;
  return `${Math.round(ms)} ms`;
}

export const formatPoints = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} %`);

// "2026-11" → "Nov 26"; "2026-11-27" or an ISO instant → "27 Nov".
export function monthLabel(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${MONTHS[m - 1] ?? month} ${month.slice(2, 4)}`;
}

export function monthLong(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${MONTHS[m - 1] ?? month} ${month.slice(0, 4)}`;
}

export function dayLabel(isoOrDay: string): string {
  const m = Number(isoOrDay.slice(5, 7));
  return `${Number(isoOrDay.slice(8, 10))} ${MONTHS[m - 1] ?? ""}`.trim();
}

// A forecast date: "12 Dec", with the year when it is not this year's.
export function forecastDay(iso: string, now = new Date()): string {
  const year = iso.slice(0, 4);
  return year === String(now.getUTCFullYear()) ? dayLabel(iso) : `${dayLabel(iso)} ${year}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// The incident list limited to what a figure counted: every status, reported in [from, to).
export function incidentsHref(filter: {
  from: string;
  to: string;
  severity?: string;
  service?: string;
  causedByChange?: boolean;
}): string {
  const params = new URLSearchParams({ status: "all" });
  if (filter.severity) params.set("severity", filter.severity);
  if (filter.service) params.set("service", filter.service);
  params.set("from", filter.from);
  params.set("to", filter.to);
  if (filter.causedByChange) params.set("causedByChange", "true");
  return `/incidents?${params.toString()}`;
}

// The change list limited to the changes that finished in [from, to) (completed or rolled back, closed
// since or not), as change metrics count them; `outcome` keeps the completed or the rolled-back ones.
export function finishedChangesHref(
  period: { from: string; to: string },
  outcome?: "completed" | "rolled-back",
): string {
  const params = new URLSearchParams({ finishedFrom: period.from, finishedTo: period.to });
  if (outcome) params.set("outcome", outcome);
  return `/changes?${params.toString()}`;
}

// The security dashboard counts events by the UTC days its period touches: the whole days, as a period.
export function securityDays(period: { from: string; to: string }): { from: string; to: string } {
  const first = Date.parse(`${period.from.slice(0, 10)}T00:00:00.000Z`);
  const lastDay = new Date(Date.parse(period.to) - 1).toISOString().slice(0, 10);
  return {
    from: new Date(first).toISOString(),
    to: new Date(Date.parse(`${lastDay}T00:00:00.000Z`) + 86_400_000).toISOString(),
  };
}

// A "YYYY-MM" month as the [from, to) instants of its first and the next month's first day (UTC).
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return {
    from: new Date(Date.UTC(year, m - 1, 1)).toISOString(),
    to: new Date(Date.UTC(year, m, 1)).toISOString(),
  };
}
