// The schedule page's calendar arithmetic, in the schedule's own zone: which local days a week or month
// view covers (and the instants they start and end at, daylight saving included), how the timeline's
// segments fall on those days, and who is on call now and next. Pure: unit-tested.
import type { SegmentResponse } from "@/lib/oncall/schemas";
import {
  DAY_MS,
  instantAtLocal,
  isoWeekdayOf,
  localDayOf,
  zoneFor,
  type LocalDay,
} from "@/lib/oncall/zone-time";

export type CalendarView = "week" | "month";

export type CalendarDay = {
  day: LocalDay;
  /** Local midnight at its start and at its end, as instants (a day is 23 or 25 hours on a change day). */
  start: number;
  end: number;
};

export type CalendarSpan = { from: string; to: string; days: CalendarDay[] };

/** The local day `at` falls on in `timeZone`. */
export const localDayIn = (at: number, timeZone: string): LocalDay => localDayOf(at, zoneFor(timeZone));

const civil = (day: LocalDay) => new Date(day * DAY_MS);

/** The local days of the week (Monday first) or the month that holds `anchor`, with their instants. */
export function calendarSpan(view: CalendarView, anchor: LocalDay, timeZone: string): CalendarSpan {
  const zone = zoneFor(timeZone);
  let first: LocalDay;
  let count: number;
  if (view === "week") {
    first = anchor - (isoWeekdayOf(anchor) - 1);
    count = 7;
  } else {
    const d = civil(anchor);
    first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
    count = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS - first;
  }
  const days = Array.from({ length: count }, (_, i) => {
    const day = first + i;
    return { day, start: instantAtLocal(day, 0, zone), end: instantAtLocal(day + 1, 0, zone) };
  });
  return {
    from: new Date(days[0]!.start).toISOString(),
    to: new Date(days[days.length - 1]!.end).toISOString(),
    days,
  };
}

/** The anchor a week or a month before (-1) or after (+1). */
export function stepAnchor(view: CalendarView, anchor: LocalDay, step: -1 | 1): LocalDay {
  if (view === "week") return anchor + 7 * step;
  const d = civil(anchor);
  const target = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1) / DAY_MS;
  const length = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step + 1, 1) / DAY_MS - target;
  return target + Math.min(d.getUTCDate(), length) - 1;
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "short",
  day: "numeric",
  month: "short",
});
const MONTH_FORMAT = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" });

/** "Mon 7 Dec": a local day, named in no zone (it is the schedule's). */
export const dayLabel = (day: LocalDay) => DAY_FORMAT.format(civil(day)).replace(",", "");

/** "Week of Mon 7 Dec 2026" or "December 2026". */
export function spanTitle(view: CalendarView, span: CalendarSpan): string {
  const first = span.days[0]!.day;
  return view === "week"
    ? `Week of ${dayLabel(first)} ${civil(first).getUTCFullYear()}`
    : MONTH_FORMAT.format(civil(first));
}

/** One segment's part inside one day, placed on the day's lane as percentages of its length. */
export type DayPiece = {
  segment: SegmentResponse;
  from: number;
  to: number;
  /** The segment goes on before the day starts / after it ends. */
  isContinued: { before: boolean; after: boolean };
  left: number;
  width: number;
};

/** The segments that fall on each day, cut at its midnights. */
export function piecesByDay(
  segments: readonly SegmentResponse[],
  days: readonly CalendarDay[],
): DayPiece[][] {
  const spans = segments.map((s) => ({ s, from: Date.parse(s.from), to: Date.parse(s.to) }));
  return days.map((d) => {
    const length = d.end - d.start;
    return spans
      .filter(({ from, to }) => from < d.end && to > d.start)
      .map(({ s, from, to }) => {
        const a = Math.max(from, d.start);
        const b = Math.min(to, d.end);
        return {
          segment: s,
          from: a,
          to: b,
          isContinued: { before: from < d.start, after: to > d.end },
          left: ((a - d.start) / length) * 100,
          width: ((b - a) / length) * 100,
        };
      });
  });
}

/** The gaps of a timeline, joined where two touch. */
export function gapsOf(segments: readonly SegmentResponse[]): { from: string; to: string }[] {
  const gaps: { from: string; to: string }[] = [];
  for (const s of segments) {
    if (!s.isGap) continue;
    const last = gaps[gaps.length - 1];
    if (last && last.to === s.from) last.to = s.to;
    else gaps.push({ from: s.from, to: s.to });
  }
  return gaps;
}

export type TimelineSummary = {
  /** Who holds the stretch under way at the timeline's start (null: a gap). */
  now: { userId: string | null; until: string | null };
  /** Who (or the gap) comes next, if within the timeline. */
  next: { userId: string | null; from: string } | null;
  /** The first gap that starts before `gapHorizon`, if any. */
  gap: { from: string; to: string } | null;
};

/**
 * Now, next and the first coming gap from a timeline that starts now. `until` is null when the stretch
 * under way reaches the timeline's end (no handoff within it); a stretch may cross sources (an override
 * of the person already on call does not end it), like `onCallAt`.
 */
export function summarizeTimeline(
  segments: readonly SegmentResponse[],
  gapHorizon: number,
): TimelineSummary | null {
  const first = segments[0];
  if (!first) return null;
  let i = 1;
  while (i < segments.length && segments[i]!.userId === first.userId) i += 1;
  const after = segments[i];
  const gap = gapsOf(segments).find((g) => Date.parse(g.from) < gapHorizon) ?? null;
  return {
    now: { userId: first.userId, until: after ? after.from : null },
    next: after ? { userId: after.userId, from: after.from } : null,
    gap,
  };
}
