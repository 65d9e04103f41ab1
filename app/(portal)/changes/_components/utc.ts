// Change times are planned and shown in UTC (deployment windows are UTC). A datetime-local input has no
// zone, so its value is read and written as UTC here, never through the browser's zone.
const pad = (n: number) => String(n).padStart(2, "0");

// "2026-05-12T10:00:00.000Z" → "2026-05-12T10:00", for a datetime-local input.
export function toUtcInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

// "2026-05-12T10:00" (taken as UTC) → "2026-05-12T10:00:00.000Z"; "" or nonsense → undefined.
export function fromUtcInput(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const utcDay = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
export const utcClock = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
export const utcMonth = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

// "Tue 12 May 10:00–11:00 UTC", or both days when it spans midnight. Same text on server and browser.
export function formatUtcRange(startIso: string | null, endIso: string | null): string {
  if (!startIso || !endIso) return "Not planned";
  const start = new Date(startIso);
  const end = new Date(endIso);
  const sameDay = start.toISOString().slice(0, 10) === end.toISOString().slice(0, 10);
  return sameDay
    ? `${utcDay(start)} ${utcClock(start)}–${utcClock(end)} UTC`
    : `${utcDay(start)} ${utcClock(start)} – ${utcDay(end)} ${utcClock(end)} UTC`;
}

export const formatUtc = (iso: string) => `${utcDay(new Date(iso))} ${utcClock(new Date(iso))} UTC`;
