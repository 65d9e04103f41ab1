// The product's one way to write a length of time. Pure and locale-free, so the server (e-mails,
// markdown exports, audit text) and the browser write the same text, and hydration never disagrees.

export type DurationStyle = "short" | "long";

export type DurationOptions = {
  /** "short" (default): "3 d 4 h", "2 h 5 min", "45 min", "12 s". "long": "3 days 4 hours", for sentences. */
  style?: DurationStyle;
  /** How many units at most (default 2): 1 gives "3 d", as a relative time wants. */
  maxUnits?: 1 | 2;
};

const UNITS = [
  { ms: 86_400_000, short: "d", one: "day", many: "days" },
  { ms: 3_600_000, short: "h", one: "hour", many: "hours" },
  { ms: 60_000, short: "min", one: "minute", many: "minutes" },
  { ms: 1000, short: "s", one: "second", many: "seconds" },
] as const;

const MINUS = "\u2212";

/**
 * Writes a duration in the product's one style: the largest unit that is not zero, then the next unit
 * when it is not zero, both truncated (a countdown never shows more time than is left):
 * `0 s`, `12 s`, `45 min`, `45 min 12 s`, `2 h 5 min`, `2 h`, `3 d 4 h`, `30 d`. Days are the largest
 * unit (no months: "45 d" stays exact). Negative durations get a minus sign ("−2 h 5 min"); callers that
 * say "overdue …" or "… ago" pass the absolute value. `style: "long"` spells the units out ("3 days 4
 * hours", "1 minute") for sentences and screen-reader labels. Not a number → "—".
 */
export function formatDuration(ms: number, options: DurationOptions = {}): string {
  if (!Number.isFinite(ms)) return "—";
  const { style = "short", maxUnits = 2 } = options;
  const sign = ms < 0 ? MINUS : "";
  let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
  const parts: string[] = [];
  for (const [i, unit] of UNITS.entries()) {
    const count = Math.floor(rest / unit.ms);
    rest -= count * unit.ms;
    const isLast = i === UNITS.length - 1;
    if (count === 0 && !(isLast && parts.length === 0)) {
      // A zero unit after the first ends the text: "2 h", not "2 h 0 min 12 s".
      if (parts.length > 0) break;
      continue;
    }
    parts.push(
      style === "long" ? `${count} ${count === 1 ? unit.one : unit.many}` : `${count} ${unit.short}`,
    );
    if (parts.length >= maxUnits) break;
  }
  const text = parts.join(" ");
  return sign && text !== "0 s" && text !== "0 seconds" ? `${sign}${text}` : text;
}

/** Minutes (as the SLA and metrics code counts them) in the one duration style; null → "—". */
export const formatMinutes = (minutes: number | null, options?: DurationOptions): string =>
  minutes === null ? "—" : formatDuration(minutes * 60_000, options);
