// How the metrics page writes durations, shares and periods. Pure, and locale-free on purpose: the
// server and the browser must render the same text, or hydration fails.
import { formatDuration } from "@/components/ui/format-duration";

export type ComplianceTone = "success" | "warning" | "danger";

// The handbook's SLA bar is 95 %; 90 % and up is "slipping", below that a breach pattern.
export const COMPLIANCE_TARGET = 95;
const COMPLIANCE_SLIPPING = 90;

// Mean times in the one duration style, to the whole minute ("45 min", "3 h 20 min", "2 d 2 h"); under
// a minute to the second, so a quick acknowledgement does not read as zero.
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return "—";
  return formatDuration((minutes < 1 ? minutes : Math.round(minutes)) * 60_000);
}

// 0–1 share → percentage rounded to one decimal, the figure shown everywhere on the page.
export const toPercent = (share: number) => Math.round(share * 1000) / 10;

export const formatPercent = (share: number | null) =>
  share === null ? "—" : `${toPercent(share).toFixed(1)} %`;

// Judged on the rounded figure, so a cell reading "95.0 %" is never amber.
export function complianceTone(share: number): ComplianceTone {
  const percent = toPercent(share);
  return percent >= COMPLIANCE_TARGET ? "success" : percent >= COMPLIANCE_SLIPPING ? "warning" : "danger";
}

export const isOverTarget = (minutes: number | null, targetMinutes: number) =>
  minutes !== null && minutes > targetMinutes;

const isMidnight = (iso: string) => iso.slice(11, 23) === "00:00:00.000";

// "2026-01-01 – 2026-01-31 UTC" for whole days (the end is exclusive, so the last day shown is the one
// before it), otherwise to the minute.
export function describeRange(fromIso: string, toIso: string): string {
  if (isMidnight(fromIso) && isMidnight(toIso)) {
    const lastDay = new Date(new Date(toIso).getTime() - 86_400_000).toISOString().slice(0, 10);
    return `${fromIso.slice(0, 10)} – ${lastDay} UTC`;
  }
  const minute = (iso: string) => iso.slice(0, 16).replace("T", " ");
  return `${minute(fromIso)} – ${minute(toIso)} UTC`;
}
