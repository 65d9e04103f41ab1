// The product's one way to write an instant: "7 Dec 2026, 06:22 CET", "12 Dec 2026, 10:00 UTC". Pure;
// the text depends only on its arguments (never on the machine's locale or zone), so the server and the
// browser agree, and a time read out over the phone means the same to both sides.
import { formatDuration } from "./duration";

export type InstantInput = string | number | Date;

export type InstantOptions = {
  /** "utc" for instants a rule keeps in UTC (windows, freezes, expiries); "viewer" names the viewer's zone. */
  zone?: "viewer" | "utc";
  /** The IANA zone "viewer" means; default: this runtime's zone (UTC on the server). */
  timeZone?: string;
  /** "7 Dec 2026": the day only, without a clock or zone. */
  dateOnly?: boolean;
  /** Add the seconds when they are not zero ("12 Dec 2026, 10:00:25 UTC"), for instants set to the second. */
  seconds?: boolean;
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

/** Parses what an API sends (an ISO string, or a "YYYY-MM-DD" day, read as UTC) or a Date; null when invalid. */
export function toDate(at: InstantInput): Date | null {
  const d = at instanceof Date ? at : new Date(at);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The IANA zone this runtime runs in ("Europe/Berlin" in a Berlin browser, usually "UTC" on a server). */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

type Parts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  zoneName: string;
};

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(cache: Map<string, Intl.DateTimeFormat>, key: string, make: () => Intl.DateTimeFormat) {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

// A zone's short name: "CET"/"CEST" and "BST" come from British English, "EST"/"PDT" from American
// English; a zone neither names gets its offset ("GMT+5:30"), which is still unambiguous.
function zoneName(d: Date, timeZone: string): string {
  const name = (locale: string) =>
    formatterFor(zoneNameFormatters, `${locale}|${timeZone}`, () =>
      Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }),
    )
      .formatToParts(d)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const british = name("en-GB");
  if (!british.startsWith("GMT")) return british;
  const american = name("en-US");
  return american.startsWith("GMT") ? british : american;
}

function partsIn(d: Date, timeZone: string): Parts {
  if (timeZone === "UTC") {
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      zoneName: "UTC",
    };
  }
  const parts = formatterFor(partsFormatters, timeZone, () =>
    Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    }),
  ).formatToParts(d);
  const num = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: num("year"),
    month: num("month"),
    day: num("day"),
    hour: num("hour") % 24,
    minute: num("minute"),
    second: num("second"),
    zoneName: zoneName(d, timeZone),
  };
}

/**
 * Writes an instant in the one format: `7 Dec 2026, 06:22 CET` (the viewer's zone, named) or, with
 * `zone: "utc"`, `12 Dec 2026, 10:00 UTC`. 24-hour clock, English month abbreviations whatever the
 * locale, the zone always named. `dateOnly` gives `7 Dec 2026`. An invalid input gives "—".
 */
export function formatInstant(at: InstantInput, options: InstantOptions = {}): string {
  const d = toDate(at);
  if (!d) return "—";
  const timeZone = options.zone === "utc" ? "UTC" : (options.timeZone ?? runtimeTimeZone());
  const p = partsIn(d, timeZone);
  const day = `${p.day} ${MONTHS[p.month - 1] ?? "?"} ${p.year}`;
  if (options.dateOnly) return day;
  const seconds = options.seconds && p.second ? `:${pad(p.second)}` : "";
  return `${day}, ${pad(p.hour)}:${pad(p.minute)}${seconds} ${p.zoneName}`;
}

/**
 * How far an instant is from `now`, in the one duration style cut to its largest unit: `in 3 h`,
 * `5 min ago`, `in 12 s`, `2 d ago`; `now` within a second.
 */
export function formatRelative(at: InstantInput, now: number | Date): string {
  const d = toDate(at);
  if (!d) return "—";
  const diff = d.getTime() - (now instanceof Date ? now.getTime() : now);
  if (Math.abs(diff) < 1000) return "now";
  const span = formatDuration(Math.abs(diff), { maxUnits: 1 });
  return diff > 0 ? `in ${span}` : `${span} ago`;
}

/**
 * Everything a hover should say about an instant: the viewer's time, the UTC time (once, when the
 * viewer is in UTC) and, given `now`, how far away it is. "7 Dec 2026, 06:22 CET · 7 Dec 2026, 05:22 UTC · 5 min ago".
 */
export function describeInstant(
  at: InstantInput,
  options: { timeZone?: string; now?: number | null } = {},
): string {
  const d = toDate(at);
  if (!d) return "—";
  const utc = formatInstant(d, { zone: "utc" });
  const viewer = formatInstant(d, { timeZone: options.timeZone ?? runtimeTimeZone() });
  const parts = viewer === utc ? [utc] : [viewer, utc];
  if (options.now !== undefined && options.now !== null) parts.push(formatRelative(d, options.now));
  return parts.join(" · ");
}

/**
 * A span between two instants in the one format, the zone named once at the end when both fall on the
 * same day: `12 Dec 2026, 10:00–11:00 UTC`; otherwise both ends in full: `12 Dec 2026, 22:00 UTC –
 * 13 Dec 2026, 02:00 UTC`. Either end missing → `Not planned`.
 */
export function formatInstantRange(
  start: InstantInput | null | undefined,
  end: InstantInput | null | undefined,
  options: Omit<InstantOptions, "dateOnly"> = {},
): string {
  const s = start == null ? null : toDate(start);
  const e = end == null ? null : toDate(end);
  if (!s || !e) return "Not planned";
  const { head, tail } = splitRange(s, e, options);
  return tail === null ? `${head} – ${formatInstant(e, options)}` : `${head}–${tail}`;
}

/**
 * The two texts a range shows: same day → head "12 Dec 2026, 10:00" and tail "11:00 UTC"; otherwise
 * head is the full start ("12 Dec 2026, 22:00 UTC") and tail null (the end is written in full).
 */
export function splitRange(
  start: Date,
  end: Date,
  options: Omit<InstantOptions, "dateOnly"> = {},
): { head: string; tail: string | null } {
  const full = formatInstant(start, options);
  const endFull = formatInstant(end, options);
  const day = (text: string) => text.slice(0, text.indexOf(","));
  const zone = (text: string) => text.slice(text.lastIndexOf(" ") + 1);
  if (day(full) === day(endFull) && zone(full) === zone(endFull)) {
    return { head: full.slice(0, full.lastIndexOf(" ")), tail: endFull.slice(endFull.indexOf(",") + 2) };
  }
  return { head: full, tail: null };
}
