// A layer's restrictions: weekly windows in the schedule's zone outside which the layer has nobody, so
// the layer below shows through. A window on day D runs from `start` on D to `end` on D (or on D + 1
// when `end` is at or before `start`); local times turn into instants by zone-time.ts's one rule, so a
// 09:00–17:00 window is 09:00–17:00 on the wall clock on DST days too.
import { WEEKDAYS, type Restriction } from "@/lib/oncall/schemas";
import type { Span } from "@/lib/oncall/rotation";
import {
  instantAtLocal,
  isoWeekdayOf,
  localDayOf,
  minutesOf,
  type LocalDay,
  type ZoneClock,
} from "@/lib/oncall/zone-time";

type Window = { start: number; end: number };

function windowsOnDay(restrictions: readonly Restriction[], day: LocalDay, zone: ZoneClock): Window[] {
  const weekday = WEEKDAYS[isoWeekdayOf(day) - 1];
  const windows: Window[] = [];
  for (const r of restrictions) {
    if (!weekday || !r.days.includes(weekday)) continue;
    const startMin = minutesOf(r.start);
    const endMin = minutesOf(r.end);
    const start = instantAtLocal(day, startMin, zone);
    const end = instantAtLocal(endMin > startMin ? day : day + 1, endMin, zone);
    if (end > start) windows.push({ start, end });
  }
  return windows;
}

/** The restriction windows overlapping [from, to), clipped to it, sorted and merged where they touch. */
export function restrictionWindows(
  restrictions: readonly Restriction[],
  zone: ZoneClock,
  from: number,
  to: number,
): Window[] {
  const all: Window[] = [];
  // A window may start the local day before `from` (overnight windows); one more day either side
  // covers zones whose clocks fall back across midnight.
  for (let day = localDayOf(from, zone) - 2; day <= localDayOf(to, zone) + 1; day++)
    for (const w of windowsOnDay(restrictions, day, zone))
      if (w.end > from && w.start < to)
        all.push({ start: Math.max(w.start, from), end: Math.min(w.end, to) });
  all.sort((a, b) => a.start - b.start);
  const merged: Window[] = [];
  for (const w of all) {
    const last = merged.at(-1);
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}

/** Whether the restrictions let the layer have someone at `ms` (no restrictions: always). */
export function isWithinRestrictions(
  restrictions: readonly Restriction[] | undefined,
  zone: ZoneClock,
  ms: number,
): boolean {
  if (!restrictions?.length) return true;
  const day = localDayOf(ms, zone);
  return [day - 2, day - 1, day, day + 1].some((d) =>
    windowsOnDay(restrictions, d, zone).some((w) => w.start <= ms && ms < w.end),
  );
}

/** The spans cut down to the restriction windows (unchanged without restrictions). */
export function restrictSpans(
  spans: readonly Span[],
  restrictions: readonly Restriction[] | undefined,
  zone: ZoneClock,
  from: number,
  to: number,
): Span[] {
  if (!restrictions?.length) return [...spans];
  const windows = restrictionWindows(restrictions, zone, from, to);
  const out: Span[] = [];
  let w = 0;
  for (const s of spans) {
    while (w < windows.length && (windows[w] as Window).end <= s.start) w++;
    for (let i = w; i < windows.length && (windows[i] as Window).start < s.end; i++) {
      const win = windows[i] as Window;
      const start = Math.max(s.start, win.start);
      const end = Math.min(s.end, win.end);
      if (end > start) out.push({ start, end, userId: s.userId });
    }
  }
  return out;
}
