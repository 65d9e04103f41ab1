// What a date-time input holds and what it sends. A datetime-local input has no zone: for a rule kept in
// UTC (deployment windows, freezes, access expiries) its text is read and written as UTC here, never
// through the browser's zone; for a moment in the viewer's day (a DR test was run) it is the viewer's
// zone. Pure functions: the same text on the server, in the browser and in unit tests.

/** Where the text of a date-time input lives: UTC (a rule) or the viewer's own zone. */
export type InputZone = "utc" | "local";

/** How much of the time an input shows: to the minute (windows) or to the second (a grant cut to minutes). */
export type InputPrecision = "minute" | "second";

const pad = (n: number) => String(n).padStart(2, "0");
const INPUT_TEXT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * An instant as the text of a datetime-local input, in UTC: "2026-05-12T10:00" (or "…:30" to the second).
 * Accepts an ISO string, epoch milliseconds or a Date; empty, null or nonsense gives "".
 */
export function toUtcInput(
  at: string | number | Date | null | undefined,
  precision: InputPrecision = "minute",
): string {
  if (at === null || at === undefined || at === "") return "";
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return "";
  const minute = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return precision === "second" ? `${minute}:${pad(d.getUTCSeconds())}` : minute;
}

/**
 * The text of a datetime-local input taken as UTC ("2026-05-12T10:00", "…:30" or "…:30.250", fractions
 * dropped) as an ISO instant "2026-05-12T10:00:00.000Z"; "" or nonsense gives undefined.
 */
export function fromUtcInput(value: string): string | undefined {
  const m = INPUT_TEXT.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const s = m[6] ? Number(m[6]) : 0;
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 31 Feb over into March; an input that says 31 Feb sends nothing rather than 3 Mar.
  if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== d) return undefined;
  return new Date(ms).toISOString();
}

/** The text of a datetime-local input in the viewer's zone as an ISO instant; "" or nonsense gives undefined. */
export function fromLocalInput(value: string): string | undefined {
  if (!INPUT_TEXT.test(value.trim())) return undefined;
  const at = new Date(value.trim());
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** An instant as the text of a datetime-local input in the viewer's zone. */
export function toLocalInput(
  at: string | number | Date | null | undefined,
  precision: InputPrecision = "minute",
): string {
  if (at === null || at === undefined || at === "") return "";
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return "";
  const minute = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return precision === "second" ? `${minute}:${pad(d.getSeconds())}` : minute;
}

/** The instant an input's text stands for in its zone, or undefined while it is empty or incomplete. */
export function parseInput(value: string, zone: InputZone): string | undefined {
  return zone === "utc" ? fromUtcInput(value) : fromLocalInput(value);
}

/** "2026-12-12T10:00:00Z": the instant as it goes over the wire, without the noise of zero milliseconds. */
export function wireText(iso: string): string {
  return iso.replace(/\.000Z$/, "Z");
}

/** "Sat 12 Dec 11:00 CET": an instant in a zone (the viewer's when none is given), the zone named. */
export function zonedText(iso: string, timeZone?: string, precision: InputPrecision = "minute"): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    ...(precision === "second" ? { second: "2-digit" } : {}),
    hourCycle: "h23",
    timeZoneName: "short",
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const clock = [part("hour"), part("minute"), ...(precision === "second" ? [part("second")] : [])].join(":");
  return `${part("weekday")} ${part("day")} ${part("month")} ${clock} ${part("timeZoneName")}`;
}

/**
 * What a date-time input will send, in words, so nobody plans in the wrong zone: for a UTC input
 * "Sends 2026-12-12T10:00:00Z · your time Sat 12 Dec 11:00 CET"; for a local one
 * "Sends 2026-12-12T10:00:00Z · Sat 12 Dec 10:00 UTC". Undefined while the text is empty or incomplete.
 * `viewerZone` is the viewer's IANA zone (the browser's when omitted).
 */
export function describeInput(
  value: string,
  zone: InputZone,
  viewerZone?: string,
  precision: InputPrecision = "minute",
): string | undefined {
  const iso = parseInput(value, zone);
  if (!iso) return undefined;
  const other =
    zone === "utc" ? `your time ${zonedText(iso, viewerZone, precision)}` : zonedText(iso, "UTC", precision);
  return `Sends ${wireText(iso)} · ${other}`;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The text of a date input ("2027-01-31") if it is a real calendar day, else undefined. A calendar day has
 * no zone (a contract ends on a day, wherever you are), so it is sent as typed, never through an instant.
 */
export function parseDateInput(value: string): string | undefined {
  const m = DATE_TEXT.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = m.slice(1, 4).map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, mo - 1, d));
  const isReal = at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
  return isReal && mo >= 1 && mo <= 12 ? m[0] : undefined;
}

/**
 * What a date input will send, in words: "Sends 2027-01-31 · Sun 31 Jan 2027 · a day in no
 * time zone". Undefined while the text is empty or not a real day.
 */
export function describeDateInput(value: string): string | undefined {
  const day = parseDateInput(value);
  if (!day) return undefined;
  const words = new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(new Date(`${day}T00:00:00Z`));
  return `Sends ${day} · ${words.replace(",", "")} · a day in no time zone`;
}
