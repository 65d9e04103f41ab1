// How change times read in UTC ("Tue 12 May 10:00–11:00 UTC"): the same text on the server (timeline
// reasons) and in the browser, since deployment windows are UTC.
const pad = (n: number) => String(n).padStart(2, "0");
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const utcDay = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
export const utcClock = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
export const utcMonth = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** "Tue 12 May 10:00–11:00 UTC", or both days when it spans midnight; "Not planned" without a window. */
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
