// The iCal feeds as a calendar app reads them: one event per turn, UTC times, UIDs that stay the same
// when the feed is fetched again over a later window.
import { describe, expect, it } from "vitest";
import { finalSchedule } from "@/lib/oncall/final-schedule";
import { icsFeed } from "@/lib/oncall/ics";
import { ADA, BOB, layer, local, schedule } from "./helpers";

const Z = "Europe/Berlin";
const t = (text: string) => local(Z, text);
const s = schedule(
  Z,
  [
    layer({
      people: [ADA, BOB],
      startsAt: t("2026-11-02 09:00"),
      turn: { unit: "week", length: 1 },
      restrictions: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat"], start: "00:00", end: "24:00" }],
    }),
  ],
  [{ userId: BOB, from: t("2026-11-04 12:00"), to: t("2026-11-04 18:00") }],
);
const PEOPLE = { [ADA]: "Ada Lovelace", [BOB]: "Bob Kahn" };
const URL = "https://ops.example.com/on-call/schedules/primary";
const STAMP = new Date("2026-11-01T00:00:00Z");

// Unfolds RFC 5545 lines and groups each VEVENT's properties.
function events(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      out.push(current);
      current = null;
    } else if (current) {
      const i = line.indexOf(":");
      current[line.slice(0, i).split(";")[0]!] = line.slice(i + 1);
    }
  }
  return out;
}

describe("a schedule's feed", () => {
  const segments = finalSchedule(s, t("2026-11-02 09:00"), t("2026-11-16 09:00"));
  const text = icsFeed(segments, { name: "Primary", portalUrl: URL, people: PEOPLE, stamp: STAMP });

  it("is a named calendar with one event per segment, gaps included, in UTC", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text).toContain("X-WR-CALNAME:Primary");
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    const list = events(text);
    expect(list.map((e) => [e.DTSTART, e.DTEND, e.SUMMARY])).toEqual([
      ["20261102T080000Z", "20261104T110000Z", "Ada Lovelace on call"],
      ["20261104T110000Z", "20261104T170000Z", "Bob Kahn on call"],
      ["20261104T170000Z", "20261107T230000Z", "Ada Lovelace on call"],
      ["20261107T230000Z", "20261108T230000Z", "Gap: nobody on call"],
      ["20261108T230000Z", "20261109T080000Z", "Ada Lovelace on call"],
      ["20261109T080000Z", "20261114T230000Z", "Bob Kahn on call"],
      ["20261114T230000Z", "20261115T230000Z", "Gap: nobody on call"],
      ["20261115T230000Z", "20261116T080000Z", "Bob Kahn on call"],
    ]);
    expect(list[1]?.DESCRIPTION).toContain("Bob Kahn is on call (from an override)");
    expect(list[0]?.URL).toBe(URL);
    expect(list[0]?.TRANSP).toBe("TRANSPARENT");
    expect(new Set(list.map((e) => e.UID)).size).toBe(list.length);
  });

  it("keeps each turn's UID when refetched over a later window, so apps update instead of duplicating", () => {
    const later = finalSchedule(s, t("2026-11-04 00:00"), t("2026-11-23 09:00"));
    const again = events(icsFeed(later, { name: "Primary", portalUrl: URL, people: PEOPLE, stamp: STAMP }));
    const before = events(text);
    // The Bob override (11-04 12:00) and everything after it keep their UIDs.
    for (const e of before.slice(1)) expect(again.find((x) => x.DTSTART === e.DTSTART)?.UID).toBe(e.UID);
    // Another schedule's feed never shares a UID with this one.
    const other = events(icsFeed(segments, { name: "Other", portalUrl: `${URL}-2`, stamp: STAMP }));
    expect(other.some((e) => before.some((b) => b.UID === e.UID))).toBe(false);
  });
});

describe("a person's feed", () => {
  it("has only that person's turns, named after the schedule, and no gaps", () => {
    const segments = finalSchedule(s, t("2026-11-02 09:00"), t("2026-11-16 09:00"));
    const list = events(icsFeed(segments, { name: "Primary", forUserId: BOB, portalUrl: URL, stamp: STAMP }));
    expect(list.map((e) => [e.DTSTART, e.SUMMARY])).toEqual([
      ["20261104T110000Z", "On call: Primary"],
      ["20261109T080000Z", "On call: Primary"],
      ["20261115T230000Z", "On call: Primary"],
    ]);
  });

  it("across schedules, each event names and links its own schedule", () => {
    const segments = finalSchedule(s, t("2026-11-04 12:00"), t("2026-11-04 18:00")).map((seg) => ({
      ...seg,
      schedule: { name: "Database", url: "https://ops.example.com/on-call/schedules/db" },
    }));
    const [event] = events(
      icsFeed(segments, { name: "Bob on call", forUserId: BOB, portalUrl: URL, stamp: STAMP }),
    );
    expect(event?.SUMMARY).toBe("On call: Database");
    expect(event?.URL).toBe("https://ops.example.com/on-call/schedules/db");
  });
});
