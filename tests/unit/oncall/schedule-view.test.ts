// The schedule page's calendar arithmetic in the schedule's zone: week and month spans (a change day is
// 23 or 25 hours), stepping, segments cut at local midnights, gaps joined, and now/next from a timeline.
import { describe, expect, it } from "vitest";
import {
  calendarSpan,
  dayLabel,
  gapsOf,
  localDayIn,
  piecesByDay,
  spanTitle,
  stepAnchor,
  summarizeTimeline,
} from "@/app/(portal)/schedules/_components/schedule-view";
import type { SegmentResponse } from "@/lib/oncall/schemas";

const BERLIN = "Europe/Berlin";
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const seg = (from: string, to: string, userId: string | null, layer: SegmentResponse["layer"] = 0) => ({
  from,
  to,
  userId,
  layer: userId === null ? null : layer,
  isGap: userId === null,
});

describe("calendarSpan", () => {
  it("covers Monday to Monday at local midnight, whatever day the anchor is", () => {
    const span = calendarSpan("week", day("2026-12-10"), BERLIN);
    expect(span.days.map((d) => dayLabel(d.day))).toEqual([
      "Mon 7 Dec",
      "Tue 8 Dec",
      "Wed 9 Dec",
      "Thu 10 Dec",
      "Fri 11 Dec",
      "Sat 12 Dec",
      "Sun 13 Dec",
    ]);
    expect(span.from).toBe("2026-12-06T23:00:00.000Z");
    expect(span.to).toBe("2026-12-13T23:00:00.000Z");
    expect(spanTitle("week", span)).toBe("Week of Mon 7 Dec 2026");
  });

  it("gives the spring-forward day 23 hours and the fall-back day 25", () => {
    const spring = calendarSpan("week", day("2026-03-29"), BERLIN).days.at(-1)!;
    expect(dayLabel(spring.day)).toBe("Sun 29 Mar");
    expect((spring.end - spring.start) / 3_600_000).toBe(23);
    const fall = calendarSpan("week", day("2026-10-25"), BERLIN).days.at(-1)!;
    expect((fall.end - fall.start) / 3_600_000).toBe(25);
  });

  it("covers the whole month that holds the anchor", () => {
    const span = calendarSpan("month", day("2026-02-14"), BERLIN);
    expect(span.days).toHaveLength(28);
    expect(dayLabel(span.days[0]!.day)).toBe("Sun 1 Feb");
    expect(spanTitle("month", span)).toBe("February 2026");
  });
});

describe("stepAnchor", () => {
  it("moves a week by seven days and a month to the same day, or the month's last", () => {
    expect(stepAnchor("week", day("2026-12-10"), -1)).toBe(day("2026-12-03"));
    expect(stepAnchor("month", day("2026-01-31"), 1)).toBe(day("2026-02-28"));
    expect(stepAnchor("month", day("2026-01-15"), -1)).toBe(day("2025-12-15"));
  });
});

describe("localDayIn", () => {
  it("is the day on the schedule's wall clock, not UTC's", () => {
    expect(localDayIn(Date.parse("2026-12-06T23:30:00Z"), BERLIN)).toBe(day("2026-12-07"));
    expect(localDayIn(Date.parse("2026-12-06T23:30:00Z"), "UTC")).toBe(day("2026-12-06"));
  });
});

describe("piecesByDay", () => {
  it("cuts a segment at local midnights and places each piece on its day", () => {
    const days = calendarSpan("week", day("2026-12-07"), BERLIN).days.slice(0, 2);
    const [mon, tue] = piecesByDay(
      [seg("2026-12-07T08:00:00Z", "2026-12-08T08:00:00Z", "ada")], // Mon 09:00 to Tue 09:00 CET
      days,
    );
    expect(mon).toHaveLength(1);
    expect(mon![0]!.left).toBeCloseTo(37.5);
    expect(mon![0]!.width).toBeCloseTo(62.5);
    expect(mon![0]!.isContinued).toEqual({ before: false, after: true });
    expect(tue![0]!.left).toBe(0);
    expect(tue![0]!.width).toBeCloseTo(37.5);
    expect(tue![0]!.isContinued).toEqual({ before: true, after: false });
  });
});

describe("gapsOf and summarizeTimeline", () => {
  const segments = [
    seg("2026-12-07T10:00:00Z", "2026-12-07T16:00:00Z", "ada"),
    seg("2026-12-07T16:00:00Z", "2026-12-07T18:00:00Z", "ada", "override"),
    seg("2026-12-07T18:00:00Z", "2026-12-08T08:00:00Z", null),
    seg("2026-12-08T08:00:00Z", "2026-12-21T10:00:00Z", "bob"),
  ];

  it("reads one stretch across sources for the same person, then who comes next", () => {
    const s = summarizeTimeline(segments, Date.parse("2026-12-14T10:00:00Z"))!;
    expect(s.now).toEqual({ userId: "ada", until: "2026-12-07T18:00:00Z" });
    expect(s.next).toEqual({ userId: null, from: "2026-12-07T18:00:00Z" });
    expect(s.gap).toEqual({ from: "2026-12-07T18:00:00Z", to: "2026-12-08T08:00:00Z" });
  });

  it("flags only gaps that start before the horizon, and knows no handoff past the timeline's end", () => {
    const s = summarizeTimeline(segments.slice(3), Date.parse("2026-12-14T10:00:00Z"))!;
    expect(s.now).toEqual({ userId: "bob", until: null });
    expect(s.next).toBeNull();
    expect(s.gap).toBeNull();
    expect(summarizeTimeline(segments, Date.parse("2026-12-07T12:00:00Z"))!.gap).toBeNull();
    expect(summarizeTimeline([], 0)).toBeNull();
  });

  it("joins touching gaps", () => {
    expect(
      gapsOf([
        seg("2026-12-07T00:00:00Z", "2026-12-07T01:00:00Z", null),
        seg("2026-12-07T01:00:00Z", "2026-12-07T02:00:00Z", null),
        seg("2026-12-07T02:00:00Z", "2026-12-07T03:00:00Z", "ada"),
        seg("2026-12-07T03:00:00Z", "2026-12-07T04:00:00Z", null),
      ]),
    ).toEqual([
      { from: "2026-12-07T00:00:00Z", to: "2026-12-07T02:00:00Z" },
      { from: "2026-12-07T03:00:00Z", to: "2026-12-07T04:00:00Z" },
    ]);
  });
});
