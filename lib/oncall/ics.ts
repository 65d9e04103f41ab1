// iCal feeds of on-call turns, for calendar apps that subscribe to a URL. Calendar apps match events by
// UID: a UID made from the feed, the person and the turn's start stays the same on every refresh, so a
// turn whose end moves (an override cut it short) is updated in place instead of shown twice. Times are
// written in UTC; the app shows them in its user's zone.
import { createHash } from "node:crypto";
import ical, { ICalCalendarMethod, ICalEventTransparency } from "ical-generator";
import type { Segment } from "@/lib/oncall/schemas";

/** A segment with, in a person's feed across schedules, the schedule it comes from. */
export type FeedSegment = Segment & { schedule?: { name: string; url: string } };

export type IcsFeedOptions = {
  /** The calendar's name, e.g. the schedule's or "On call: Ada Lovelace". */
  name: string;
  /** Only this person's turns (a person's feed); otherwise every segment, gaps included. */
  forUserId?: string;
  /** The schedule page (or the person's on-call page): each event links to it, and it scopes the UIDs. */
  portalUrl: string;
  /** Display names by user id; ids are shown when a name is missing. */
  people?: Readonly<Record<string, string>>;
  /** DTSTAMP of every event (defaults to now); pass a fixed one for reproducible output. */
  stamp?: Date;
};

/** How often subscribed calendars should refetch the feed. */
export const FEED_REFRESH_SECONDS = 60 * 60;

function uidOf(scope: string, s: Segment): string {
  const key = `${scope}|${s.userId ?? "gap"}|${s.from.toISOString()}`;
  return `${createHash("sha256").update(key).digest("hex").slice(0, 32)}@neuron-ops`;
}

function sourceText(s: Segment): string {
  if (s.layer === "override") return "an override";
  if (s.layer === null) return "no layer";
  return `layer ${s.layer + 1}`;
}

/** The iCal text (RFC 5545) of a schedule's timeline or of one person's turns: one VEVENT per segment. */
export function icsFeed(segments: readonly FeedSegment[], options: IcsFeedOptions): string {
  const { name, forUserId, portalUrl, people = {}, stamp = new Date() } = options;
  const calendar = ical({
    name,
    prodId: { company: "Neuron Ops", product: "On-call" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: FEED_REFRESH_SECONDS,
  });
  for (const s of segments) {
    if (forUserId !== undefined && s.userId !== forUserId) continue;
    const url = s.schedule?.url ?? portalUrl;
    const person = s.userId === null ? null : (people[s.userId] ?? s.userId);
    const summary =
      person === null
        ? "Gap: nobody on call"
        : forUserId !== undefined
          ? `On call: ${s.schedule?.name ?? name}`
          : `${person} on call`;
    calendar.createEvent({
      id: uidOf(url, s),
      start: s.from,
      end: s.to,
      stamp,
      summary,
      description: `${person === null ? "Nobody is on call" : `${person} is on call`} (from ${sourceText(s)}).\n${url}`,
      url,
      // Being on call does not make a person busy for meetings.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
