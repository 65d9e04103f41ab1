// A person's own on-call calendar: every schedule's turns where they are on call, two weeks back and
// twelve ahead of the current (UTC) week, as an iCal feed their calendar app subscribes to with a token
// of its own (256 random bits, stored as its SHA-256 in users.calendar_feed_token_hash, shown once).
import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { generateFeedToken, hashFeedToken } from "@/lib/oncall/feed-token";
import { finalSchedule } from "@/lib/oncall/final-schedule";
import { icsFeed, type FeedSegment } from "@/lib/oncall/ics";
import { FEED_WEEKS_AHEAD, FEED_WEEKS_BACK } from "@/lib/oncall/on-call";
import { personFeedPath, type PersonFeedTokenInput } from "@/lib/oncall/person-feed-schemas";
import { scheduleParams } from "@/lib/oncall/api-schemas";
import { loadSchedule } from "@/lib/oncall/schedules";
import { DAY_MS } from "@/lib/oncall/zone-time";

/** Whether the person has a calendar feed now (the page offers "rotate" or "create" accordingly). */
export async function hasPersonFeed(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { calendarFeedTokenHash: true } });
  return !!user?.calendarFeedTokenHash;
}

/** A new token for the caller's own feed (the old one stops at once), or none: `{ url }` shown once. */
export async function setPersonFeedToken(actor: Principal, input: PersonFeedTokenInput) {
  const feed = input.action === "rotate" ? generateFeedToken() : null;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: actor.id },
      select: { calendarFeedTokenHash: true },
    });
    if (!before) throw notFound("Your account");
    await tx.user.update({ where: { id: actor.id }, data: { calendarFeedTokenHash: feed?.hash ?? null } });
    await recordAudit(tx, {
      actor,
      action: feed ? "user.calendar-feed.rotate" : "user.calendar-feed.revoke",
      entityType: "user",
      entityId: actor.id,
      before: { hasFeed: before.calendarFeedTokenHash !== null },
      after: { hasFeed: feed !== null },
    });
    return { url: feed ? personFeedPath(actor.id, feed.token) : null };
  });
}

function startOfUtcWeek(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS); // back to Monday
}

/**
 * The person's iCal feed, if `token` is their current feed token and they are active. Anything else (no
 * such person, no token, a wrong, rotated or revoked one) is the same 404, which says nothing more.
 */
export async function personCalendar(id: string, token: string | undefined, portalOrigin: string) {
  const unknown = notFound("The calendar");
  if (!token || !scheduleParams.shape.id.safeParse(id).success) throw unknown;
  // The hash is unique: the lookup by it finds the one owner, and the id must be theirs.
  const user = await db.user.findUnique({
    where: { calendarFeedTokenHash: hashFeedToken(token) },
    select: { id: true, name: true, isActive: true },
  });
  if (!user || user.id !== id || !user.isActive) throw unknown;
  const start = startOfUtcWeek(new Date());
  const range = {
    from: new Date(start.getTime() - FEED_WEEKS_BACK * 7 * DAY_MS),
    to: new Date(start.getTime() + FEED_WEEKS_AHEAD * 7 * DAY_MS),
  };
  const rows = await db.onCallSchedule.findMany({ orderBy: { name: "asc" }, take: 500 });
  const segments: FeedSegment[] = [];
  for (const row of rows) {
    const schedule = { name: row.name, url: new URL(`/schedules/${row.id}`, portalOrigin).toString() };
    for (const s of finalSchedule(await loadSchedule(row, range), range.from, range.to))
      if (s.userId === user.id) segments.push({ ...s, schedule });
  }
  return icsFeed(segments, {
    name: `On call: ${user.name}`,
    forUserId: user.id,
    portalUrl: new URL("/schedules", portalOrigin).toString(),
    people: { [user.id]: user.name },
  });
}
