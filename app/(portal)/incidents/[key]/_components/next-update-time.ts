// The handbook's update rhythm: P1 every 30 minutes, P2 hourly, everything else every 4 hours.
import type { Severity } from "@/lib/incidents/sla";

const NEXT_UPDATE_MINUTES: Record<Severity, number> = { P1: 30, P2: 60, P3: 240, P4: 240 };

const pad = (n: number) => String(n).padStart(2, "0");

// A datetime-local input holds wall-clock time without a zone; it is the viewer's own zone.
export function toLocalInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function defaultNextUpdate(severity: Severity, now = Date.now()): string {
  return toLocalInputValue(new Date(now + NEXT_UPDATE_MINUTES[severity] * 60_000));
}

// "2026-03-01T04:30" is parsed as local time by the Date constructor; the API wants UTC.
export function localInputToIso(value: string): string {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : value;
}
