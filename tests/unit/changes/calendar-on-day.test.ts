// What a calendar day shows (month grid, agenda, week header): the windows, freezes and planned changes
// that touch that UTC day, including spans that only start or end on it.
import { describe, expect, it } from "vitest";
import { onDay } from "@/app/(portal)/changes/_components/calendar-range";

const day = new Date("2026-12-07T00:00:00.000Z");
const DATA = {
  windows: [
    { id: "w1", start: "2026-12-07T10:00:00Z", end: "2026-12-07T12:00:00Z" },
    { id: "w2", start: "2026-12-08T10:00:00Z", end: "2026-12-08T12:00:00Z" },
  ],
  freezes: [
    { id: "f1", startsAt: "2026-12-06T18:00:00Z", endsAt: "2026-12-07T06:00:00Z" },
    { id: "f2", startsAt: "2026-12-05T00:00:00Z", endsAt: "2026-12-07T00:00:00Z" },
  ],
  changes: [
    { key: "CHG-1", plannedStart: "2026-12-07T23:00:00Z", plannedEnd: "2026-12-08T01:00:00Z" },
    { key: "CHG-2", plannedStart: null, plannedEnd: null },
    { key: "CHG-3", plannedStart: "2026-12-01T10:00:00Z", plannedEnd: "2026-12-01T11:00:00Z" },
  ],
};

describe("onDay", () => {
  it("keeps what touches the day, crossing midnight either way; an unplanned change is on no day", () => {
    const items = onDay(DATA, day);
    expect(items.windows.map((w) => w.id)).toEqual(["w1"]);
    // f2 ends exactly at midnight: [start, end) does not reach into the 7th.
    expect(items.freezes.map((f) => f.id)).toEqual(["f1"]);
    expect(items.changes.map((c) => c.key)).toEqual(["CHG-1"]);
  });

  it("finds nothing on an empty day", () => {
    const items = onDay(DATA, new Date("2026-12-20T00:00:00.000Z"));
    expect([items.windows, items.freezes, items.changes]).toEqual([[], [], []]);
  });
});
