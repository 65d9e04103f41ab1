import { describe, expect, it } from "vitest";
import {
  assignLanes,
  calendarSpan,
  isoDate,
  parseAnchor,
  segmentOnDay,
  stepAnchor,
} from "@/app/(portal)/changes/_components/calendar-range";
import { toChangeInput, EMPTY_CHANGE_FORM } from "@/app/(portal)/changes/_components/change-form-values";
import { formatUtcRange, fromUtcInput, toUtcInput } from "@/app/(portal)/changes/_components/utc";

describe("UTC form times", () => {
  it("reads a datetime-local value as UTC, whatever the machine's zone", () => {
    expect(fromUtcInput("2026-12-01T10:00")).toBe("2026-12-01T10:00:00.000Z");
    expect(fromUtcInput("2026-12-01T10:00:30")).toBe("2026-12-01T10:00:30.000Z");
    expect(fromUtcInput("")).toBeUndefined();
    expect(fromUtcInput("tomorrow")).toBeUndefined();
  });

  it("writes an instant back as the UTC wall clock", () => {
    expect(toUtcInput("2026-12-01T10:00:00.000Z")).toBe("2026-12-01T10:00");
    expect(toUtcInput("2026-12-01T11:30:00+01:00")).toBe("2026-12-01T10:30");
    expect(toUtcInput(null)).toBe("");
  });

  it("says a window in UTC words, with both days when it crosses midnight", () => {
    expect(formatUtcRange("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z")).toBe(
      "1 Dec 2026, 10:00–11:00 UTC",
    );
    expect(formatUtcRange("2026-12-01T23:00:00Z", "2026-12-02T01:00:00Z")).toBe(
      "1 Dec 2026, 23:00 UTC – 2 Dec 2026, 01:00 UTC",
    );
    expect(formatUtcRange(null, null)).toBe("Not planned");
  });

  it("sends unanswered risk questions as missing and no implementer as null", () => {
    const input = toChangeInput({
      ...EMPTY_CHANGE_FORM,
      plannedStart: "2026-12-01T10:00",
      riskAnswers: { changeSize: "LARGE", rollbackTested: "" },
    });
    expect(input.riskAnswers).toEqual({ changeSize: "LARGE" });
    expect(input.implementerId).toBeNull();
    expect(input.plannedStart).toBe("2026-12-01T10:00:00.000Z");
    expect(input.plannedEnd).toBe("");
  });
});

describe("calendar range", () => {
  const wednesday = new Date("2026-12-02T00:00:00Z");

  it("shows a week from Monday to Monday (UTC)", () => {
    const span = calendarSpan("week", wednesday);
    expect(isoDate(span.from)).toBe("2026-11-30");
    expect(isoDate(span.to)).toBe("2026-12-07");
    expect(span.days).toHaveLength(7);
  });

  it("shows a month as whole weeks, within the API's 62 days", () => {
    const span = calendarSpan("month", wednesday);
    expect(isoDate(span.from)).toBe("2026-11-30");
    expect(isoDate(span.to)).toBe("2027-01-04");
    expect(span.days.length % 7).toBe(0);
    expect(span.days.length).toBeLessThanOrEqual(42);
  });

  it("steps by a week, or to the 1st of the next month so short months never skip", () => {
    expect(isoDate(stepAnchor("week", wednesday, -1))).toBe("2026-11-25");
    expect(isoDate(stepAnchor("month", new Date("2027-01-31T00:00:00Z"), 1))).toBe("2027-02-01");
  });

  it("falls back to today for a missing or impossible date", () => {
    const now = new Date("2026-11-27T09:00:00Z");
    expect(isoDate(parseAnchor("2026-02-30", now))).toBe("2026-11-27");
    expect(isoDate(parseAnchor(null, now))).toBe("2026-11-27");
    expect(isoDate(parseAnchor("2026-12-01", now))).toBe("2026-12-01");
  });

  it("cuts a span to one UTC day as fractions of it", () => {
    const day = new Date("2026-12-01T00:00:00Z");
    expect(segmentOnDay("2026-12-01T06:00:00Z", "2026-12-01T12:00:00Z", day)).toEqual({
      top: 0.25,
      bottom: 0.5,
    });
    expect(segmentOnDay("2026-11-30T22:00:00Z", "2026-12-01T06:00:00Z", day)).toEqual({
      top: 0,
      bottom: 0.25,
    });
    expect(segmentOnDay("2026-12-02T10:00:00Z", "2026-12-02T11:00:00Z", day)).toBeNull();
  });

  it("puts overlapping blocks side by side and reuses a lane once it is free", () => {
    const placed = assignLanes([
      { id: "a", top: 0.4, bottom: 0.5 },
      { id: "b", top: 0.45, bottom: 0.55 },
      { id: "c", top: 0.5, bottom: 0.6 },
    ]);
    expect(placed.map((p) => [p.block.id, p.lane])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
    expect(placed.every((p) => p.lanes === 2)).toBe(true);
  });
});
