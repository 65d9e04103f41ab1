// How change times read in UTC: the same text on the server (timeline reasons) and in the browser, since
// deployment windows are UTC. Instants and ranges use the product's one format (lib/format/instant.ts);
// utcDay/utcClock/utcMonth are the calendar's column and cell labels.
import { formatInstant, formatInstantRange } from "@/lib/format/instant";

const pad = (n: number) => String(n).padStart(2, "0");
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const utcDay = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
export const utcClock = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
export const utcMonth = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** "12 May 2026, 10:00–11:00 UTC", both ends in full across midnight; "Not planned" without a window. */
export const formatUtcRange = (startIso: string | null, endIso: string | null): string =>
  formatInstantRange(startIso, endIso, { zone: "utc" });

/** "12 May 2026, 10:00 UTC". */
export const formatUtc = (iso: string) => formatInstant(iso, { zone: "utc" });
