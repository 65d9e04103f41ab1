// The final schedule: who is on call, computed from the layers and overrides. At every instant the
// person is, in this order: the latest override covering it; else the first layer (in `layers` order)
// that has someone then — its turn's person, if the instant is inside the layer's restrictions; else
// nobody, a gap, which is flagged so it can be fixed before it bites.
import { type Layer, type Schedule, type Segment, type SegmentSource } from "@/lib/oncall/schemas";
import { personOfTurn, turnIndexAt, turnSpans, type Span } from "@/lib/oncall/rotation";
import { isWithinRestrictions, restrictSpans } from "@/lib/oncall/restrictions";
import { DAY_MS, zoneFor } from "@/lib/oncall/zone-time";

/** The longest range `finalSchedule` computes at once (about two years). */
export const MAX_RANGE_DAYS = 800;
/** How far `onCallAt` and `nextHandoff` look either side of the instant before giving up. */
export const LOOKAROUND_DAYS = 400;

/** Who holds an instant and from which source (`userId` null: nobody, a gap). */
export type Who = { userId: string | null; layer: SegmentSource };

function layerSpans(layer: Layer, timeZone: string, from: number, to: number): Span[] {
  const zone = zoneFor(timeZone);
  return restrictSpans(turnSpans(layer, zone, from, to), layer.restrictions, zone, from, to);
}

/**
 * The schedule's timeline over [from, to): contiguous segments covering it exactly, adjacent segments
 * with the same person from the same source merged, gaps as `userId: null, isGap: true`.
 */
export function finalSchedule(schedule: Schedule, from: Date, to: Date): Segment[] {
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) return [];
  if (end - start > MAX_RANGE_DAYS * DAY_MS)
    throw new RangeError(`A schedule is computed for at most ${MAX_RANGE_DAYS} days at once`);

  const layers = schedule.layers.map((layer) => layerSpans(layer, schedule.timeZone, start, end));
  const overrides = schedule.overrides
    .map((o) => ({
      start: Math.max(o.from.getTime(), start),
      end: Math.min(o.to.getTime(), end),
      userId: o.userId,
    }))
    .filter((o) => o.end > o.start);

  const cuts = new Set<number>([start, end]);
  for (const spans of [...layers, overrides]) for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);

  const cursor = layers.map(() => 0);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const who = whoDuring(a, layers, cursor, overrides);
    const last = segments.at(-1);
    if (last && last.userId === who.userId && last.layer === who.layer) last.to = new Date(b);
    else segments.push({ from: new Date(a), to: new Date(b), ...who, isGap: who.userId === null });
  }
  return segments;
}

// Who holds the elementary interval starting at `a` (no span starts or ends inside it). `cursor` keeps
// each layer's position between calls, as the intervals come in order.
function whoDuring(a: number, layers: Span[][], cursor: number[], overrides: Span[]): Who {
  for (let o = overrides.length - 1; o >= 0; o--) {
    const ov = overrides[o] as Span;
    if (ov.start <= a && a < ov.end) return { userId: ov.userId, layer: "override" };
  }
  for (let l = 0; l < layers.length; l++) {
    const spans = layers[l] as Span[];
    let c = cursor[l] as number;
    while (c < spans.length && (spans[c] as Span).end <= a) c++;
    cursor[l] = c;
    const span = spans[c];
    if (span && span.start <= a) return { userId: span.userId, layer: l };
  }
  return { userId: null, layer: null };
}

/**
 * Who is on call at one instant, straight from the rules (no timeline): the reference `finalSchedule`
 * must agree with, and a cheap answer for one instant.
 */
export function whoIsOnCallAt(schedule: Schedule, at: Date): Who {
  const ms = at.getTime();
  for (let o = schedule.overrides.length - 1; o >= 0; o--) {
    const ov = schedule.overrides[o];
    if (ov && ov.from.getTime() <= ms && ms < ov.to.getTime())
      return { userId: ov.userId, layer: "override" };
  }
  const zone = zoneFor(schedule.timeZone);
  for (const [l, layer] of schedule.layers.entries()) {
    const k = turnIndexAt(layer, zone, ms);
    if (k !== null && isWithinRestrictions(layer.restrictions, zone, ms))
      return { userId: personOfTurn(layer, k), layer: l };
  }
  return { userId: null, layer: null };
}

/** Segments merged wherever the person stays the same (whatever the source): one person's stretch. */
export function mergeByPerson(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.userId === s.userId && last.to.getTime() === s.from.getTime()) last.to = s.to;
    else out.push({ ...s });
  }
  return out;
}

export type OnCall = {
  userId: string | null;
  /** The source at `at` (a stretch may span several sources of the same person). */
  layer: SegmentSource;
  isGap: boolean;
  /** When this person's (or this gap's) stretch began; null if before the look-around. */
  from: Date | null;
  /** When it ends, which is the next handoff; null if not within the look-around. */
  until: Date | null;
};

export type Handoff = { at: Date; userId: string | null; layer: SegmentSource; isGap: boolean };

const SEARCH_DAYS = [2, 16, 64, LOOKAROUND_DAYS];

// Where the stretch of `userId` holding `ms` began: the end of the last segment of someone else before
// it, looking back ever further; null when it began before the look-around.
function stretchStart(schedule: Schedule, ms: number, userId: string | null): Date | null {
  for (const days of SEARCH_DAYS) {
    const before = finalSchedule(schedule, new Date(ms - days * DAY_MS), new Date(ms + 1));
    const other = before.findLast((seg) => seg.userId !== userId);
    if (other) return other.to;
  }
  return null;
}

// The first segment of someone else after `ms`, looking ever further ahead; null when none in sight.
function nextOther(schedule: Schedule, ms: number, userId: string | null): Segment | null {
  for (const days of SEARCH_DAYS) {
    const after = finalSchedule(schedule, new Date(ms), new Date(ms + days * DAY_MS));
    const other = after.find((seg) => seg.userId !== userId);
    if (other) return other;
  }
  return null;
}

/** Who is on call at `at`, from when and until when (`GET /api/schedules/{id}/on-call?at=`). */
export function onCallAt(schedule: Schedule, at: Date): OnCall {
  const ms = at.getTime();
  const { userId, layer } = whoIsOnCallAt(schedule, at);
  return {
    userId,
    layer,
    isGap: userId === null,
    from: stretchStart(schedule, ms, userId),
    until: nextOther(schedule, ms, userId)?.from ?? null,
  };
}

/** The next time the person on call changes after `at`, and who (or a gap) takes over; null if none in sight. */
export function nextHandoff(schedule: Schedule, at: Date): Handoff | null {
  const next = nextOther(schedule, at.getTime(), whoIsOnCallAt(schedule, at).userId);
  return next && { at: next.from, userId: next.userId, layer: next.layer, isGap: next.isGap };
}
