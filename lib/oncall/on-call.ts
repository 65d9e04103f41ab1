// Who is on call, computed from a stored schedule: now (or at an instant), over a range (the timeline),
// and as an iCal feed for calendar apps, which sign in with the schedule's feed token alone.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { DEFAULT_TIMELINE_DAYS, MAX_TIMELINE_DAYS, scheduleParams } from "@/lib/oncall/api-schemas";
import { hashFeedToken } from "@/lib/oncall/feed-token";
import { finalSchedule, LOOKAROUND_DAYS, onCallAt } from "@/lib/oncall/final-schedule";
import { icsFeed } from "@/lib/oncall/ics";
import { toSegmentResponse } from "@/lib/oncall/schemas";
import { findPeople, getScheduleRow, loadSchedule } from "@/lib/oncall/schedules";
import { DAY_MS } from "@/lib/oncall/zone-time";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Who is on call at `at` (`GET /api/schedules/{id}/on-call?at=`); `person` null in a gap. */
export async function scheduleOnCall(id: string, at = new Date()) {
  const row = await getScheduleRow(id);
  const around = (LOOKAROUND_DAYS + 1) * DAY_MS;
  const schedule = await loadSchedule(row, {
    from: new Date(at.getTime() - around),
    to: new Date(at.getTime() + around),
  });
  const now = onCallAt(schedule, at);
  const person = now.userId ? (await findPeople(db, [now.userId])).get(now.userId) : undefined;
  return {
    at: at.toISOString(),
    person: person ? { id: person.id, name: person.name, email: person.email } : null,
    layer: now.layer,
    from: iso(now.from),
    until: iso(now.until),
  };
}

/** The range a timeline request asks for: `to` after `from`, at most `MAX_TIMELINE_DAYS` apart. */
export function timelineRange(from: Date, to?: Date): { from: Date; to: Date } {
  const end = to ?? new Date(from.getTime() + DEFAULT_TIMELINE_DAYS * DAY_MS);
  if (end <= from)
    throw new AppError("UNPROCESSABLE", "The range ends before it starts", {
      errors: [{ path: "query.to", message: "After from" }],
    });
  if (end.getTime() - from.getTime() > MAX_TIMELINE_DAYS * DAY_MS)
    throw new AppError("BAD_REQUEST", `A timeline covers at most ${MAX_TIMELINE_DAYS} days at once`, {
      errors: [{ path: "query.to", message: `At most ${MAX_TIMELINE_DAYS} days after from` }],
    });
  return { from, to: end };
}

/** The final schedule over [from, to): segments covering it exactly, gaps flagged, and who the people are. */
export async function scheduleTimeline(id: string, from: Date, to?: Date) {
  const range = timelineRange(from, to);
  const row = await getScheduleRow(id);
  const segments = finalSchedule(await loadSchedule(row, range), range.from, range.to);
  const people = await findPeople(
    db,
    segments.flatMap((s) => (s.userId ? [s.userId] : [])),
  );
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    segments: segments.map(toSegmentResponse),
    people: [...people.values()].map(({ id: userId, name, email }) => ({ id: userId, name, email })),
  };
}

/** How far back and ahead the feed reaches, from the start of the current week (so UIDs stay stable). */
export const FEED_WEEKS_BACK = 2;
export const FEED_WEEKS_AHEAD = 12;

function startOfUtcWeek(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS); // back to Monday
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The schedule's iCal feed, if `token` is its current feed token. Anything else (no such schedule, no
 * token, a wrong, rotated or revoked one) is the same 404, which says nothing about which it was.
 */
export async function scheduleCalendar(id: string, token: string | undefined, portalOrigin: string) {
  const unknown = notFound("The calendar");
  if (!token || !scheduleParams.shape.id.safeParse(id).success) throw unknown;
  const row = await db.onCallSchedule.findUnique({ where: { id } });
  if (!row?.feedTokenHash || !sameHash(row.feedTokenHash, hashFeedToken(token))) throw unknown;
  const start = startOfUtcWeek(new Date());
  const range = {
    from: new Date(start.getTime() - FEED_WEEKS_BACK * 7 * DAY_MS),
    to: new Date(start.getTime() + FEED_WEEKS_AHEAD * 7 * DAY_MS),
  };
  const segments = finalSchedule(await loadSchedule(row, range), range.from, range.to);
  const people = await findPeople(
    db,
    segments.flatMap((s) => (s.userId ? [s.userId] : [])),
  );
  return icsFeed(segments, {
    name: `On call: ${row.name}`,
    portalUrl: new URL(`/schedules/${row.id}`, portalOrigin).toString(),
    people: Object.fromEntries([...people.values()].map((p) => [p.id, p.name])),
  });
}
