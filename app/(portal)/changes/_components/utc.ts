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

// The display side lives in lib so timeline reasons written by the server read the same.
export { formatUtc, formatUtcRange, utcClock, utcDay, utcMonth } from "@/lib/changes/utc-format";
