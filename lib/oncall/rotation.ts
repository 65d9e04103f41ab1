// One layer on its own: whose turn it is and when the turns change. Turn k (k = 0, 1, …) belongs to
// people[k mod n] and runs from handoff k to handoff k + 1, where handoff 0 is `startsAt` and
//   - day / week turns: handoff k is `handoffTime` on local day (startsAt's local day + k × length × 1|7),
//     so a 09:00 Berlin handoff stays 09:00 local and a daily turn is 23 or 25 real hours on DST days;
//   - hour turns: handoff k is startsAt + k × length real hours, whatever the wall clock says.
// Restrictions (restrictions.ts) then hide the layer outside its windows.
import type { Layer } from "@/lib/oncall/schemas";
import {
  HOUR_MS,
  instantAtLocal,
  localDayOf,
  minutesOf,
  type LocalDay,
  type ZoneClock,
} from "@/lib/oncall/zone-time";

/** A stretch of one layer with one person, half-open [start, end) in epoch milliseconds. */
export type Span = { start: number; end: number; userId: string };

function turnDays(layer: Layer): number {
  return layer.turn.unit === "week" ? 7 * layer.turn.length : layer.turn.length;
}

/** The instant of handoff `k` (turn k's start). */
export function handoffAt(layer: Layer, zone: ZoneClock, k: number): number {
  const start = layer.startsAt.getTime();
  if (k === 0) return start;
  if (layer.turn.unit === "hours") return start + k * layer.turn.length * HOUR_MS;
  const firstDay: LocalDay = localDayOf(start, zone);
  return instantAtLocal(firstDay + k * turnDays(layer), minutesOf(layer.handoffTime ?? "00:00"), zone);
}

/** The turn running at `ms`, or null before the layer starts. */
export function turnIndexAt(layer: Layer, zone: ZoneClock, ms: number): number | null {
  const start = layer.startsAt.getTime();
  if (ms < start) return null;
  if (layer.turn.unit === "hours") return Math.floor((ms - start) / (layer.turn.length * HOUR_MS));
  // Estimate from local days, then step to the exact turn (at most one step either way).
  let k = Math.max(0, Math.floor((localDayOf(ms, zone) - localDayOf(start, zone)) / turnDays(layer)));
  while (k > 0 && handoffAt(layer, zone, k) > ms) k--;
  while (handoffAt(layer, zone, k + 1) <= ms) k++;
  return k;
}

/** Whose turn `k` is. */
export function personOfTurn(layer: Layer, k: number): string {
  const n = layer.people.length;
  return layer.people[((k % n) + n) % n] as string;
}

/** The layer's turns clipped to [from, to), ignoring restrictions. */
export function turnSpans(layer: Layer, zone: ZoneClock, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const first = turnIndexAt(layer, zone, Math.max(from, layer.startsAt.getTime()));
  if (first === null || from >= to) return spans;
  let start = handoffAt(layer, zone, first);
  for (let k = first; start < to; k++) {
    const end = handoffAt(layer, zone, k + 1);
    if (end > start)
      spans.push({ start: Math.max(start, from), end: Math.min(end, to), userId: personOfTurn(layer, k) });
    start = end;
  }
  return spans.filter((s) => s.end > s.start);
}
