"use client";
// The one way to show an instant. Times are stored in UTC; the server renders the UTC text (the same on
// every machine), and right after mount the browser switches to the viewer's zone, named, so hydration
// compares two identical strings. Hover gives the viewer's time, UTC and how far away it is.
import { cn } from "@/components/ui/cn";
import {
  describeInstant,
  formatInstant,
  formatInstantRange,
  formatRelative,
  runtimeTimeZone,
  splitRange,
  toDate,
} from "@/components/ui/format-time";
import { useNow } from "@/components/ui/use-now";

type InstantProps = {
  /** An ISO instant, a "YYYY-MM-DD" day (read as UTC) or a Date; null shows a muted dash. */
  at: string | Date | null | undefined;
  /** "utc" where a rule is in UTC (deployment windows, freezes, grant expiries, DR test dates). */
  zone?: "viewer" | "utc";
  /** Show "in 3 h" / "5 min ago" as the text (the absolute time stays on hover). */
  relative?: boolean;
  /** The day only ("7 Dec 2026"). */
  dateOnly?: boolean;
  /** Seconds when not zero, for instants set to the second (grant expiries). */
  seconds?: boolean;
  className?: string;
};

/**
 * `<Instant at={iso} />` → `<time dateTime="…">7 Dec 2026, 06:22 CET</time>`; `zone="utc"` for rule
 * times, `relative` for "5 min ago". Hydration-safe: the first render (server and hydration) is the UTC
 * text; the viewer's zone and the relative text follow right after mount.
 */
export function Instant({
  at,
  zone = "viewer",
  relative = false,
  dateOnly = false,
  seconds = false,
  className,
}: InstantProps) {
  // Relative text ticks every 30 s; otherwise the clock only refreshes the hover once a minute.
  const now = useNow(relative ? 30_000 : 60_000);
  const d = at ? toDate(at) : null;
  if (!d) return <span className={cn("text-muted", className)}>—</span>;
  const isMounted = now !== null;
  const timeZone = isMounted && zone === "viewer" ? runtimeTimeZone() : "UTC";
  const absolute = formatInstant(d, { timeZone, dateOnly, seconds });
  const title = isMounted
    ? describeInstant(d, { timeZone: runtimeTimeZone(), now })
    : formatInstant(d, { zone: "utc" });
  return (
    <time
      dateTime={dateOnly && typeof at === "string" && at.length === 10 ? at : d.toISOString()}
      title={title}
      className={className}
    >
      {relative && isMounted ? formatRelative(d, now) : absolute}
    </time>
  );
}

type RangeProps = {
  start: string | Date | null | undefined;
  end: string | Date | null | undefined;
  /** "utc" for deployment windows and freezes. */
  zone?: "viewer" | "utc";
  /** Shown when either end is missing. */
  empty?: string;
  className?: string;
};

/**
 * A span between two instants: `12 Dec 2026, 10:00–11:00 UTC` on one day, both ends in full otherwise.
 * Two `<time>` elements (start, end) inside one `[data-instant-range]` span; hydration-safe like `Instant`.
 */
export function InstantRange({ start, end, zone = "viewer", empty = "Not planned", className }: RangeProps) {
  const now = useNow(60_000);
  const s = start ? toDate(start) : null;
  const e = end ? toDate(end) : null;
  if (!s || !e) return <span className={cn("text-muted", className)}>{empty}</span>;
  const isMounted = now !== null;
  const timeZone = isMounted && zone === "viewer" ? runtimeTimeZone() : "UTC";
  const { head, tail } = splitRange(s, e, { timeZone });
  const utc = formatInstantRange(s, e, { zone: "utc" });
  const viewer = isMounted ? formatInstantRange(s, e, { timeZone: runtimeTimeZone() }) : utc;
  const title =
    [...new Set([viewer, utc])].join(" · ") + (isMounted ? ` · starts ${formatRelative(s, now)}` : "");
  return (
    <span data-instant-range="" title={title} className={className}>
      <time dateTime={s.toISOString()}>{head}</time>
      {tail === null ? " – " : "–"}
      <time dateTime={e.toISOString()}>{tail ?? formatInstant(e, { timeZone })}</time>
    </span>
  );
}
