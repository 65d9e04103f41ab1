import { describe, expect, it } from "vitest";
import { checkSchedule, windowContaining, windowsBetween } from "@/lib/changes/deployment-windows";

// 2026-12-01 is a Tuesday, 2026-12-02 a Wednesday, 2026-12-03 a Thursday, 2026-12-05 a Saturday.
const at = (iso: string) => new Date(`${iso}Z`);
const minuteFrom = (iso: string) => ({ start: at(iso), end: new Date(at(iso).getTime() + 60_000) });

describe("production window edges (Tue/Thu 10:00–14:00 UTC, [start, end))", () => {
  it.each([
    ["2026-12-01T09:59", false],
    ["2026-12-01T10:00", true],
    ["2026-12-01T13:59", true],
    ["2026-12-01T14:00", false],
    ["2026-12-03T10:00", true],
    ["2026-12-02T10:00", false],
    ["2026-12-02T12:00", false],
    ["2026-12-05T11:00", false],
  ])("a minute starting %s is inside = %s", (iso, inside) => {
    const { start, end } = minuteFrom(iso);
    expect(windowContaining("PRODUCTION", start, end) !== null).toBe(inside);
  });

  it("the whole window fits; one crossing 14:00 is refused", () => {
    expect(windowContaining("PRODUCTION", at("2026-12-01T10:00"), at("2026-12-01T14:00"))).toEqual({
      start: at("2026-12-01T10:00"),
      end: at("2026-12-01T14:00"),
    });
    expect(windowContaining("PRODUCTION", at("2026-12-01T13:00"), at("2026-12-01T14:01"))).toBeNull();
    expect(windowContaining("PRODUCTION", at("2026-12-01T09:59"), at("2026-12-01T11:00"))).toBeNull();
  });

  it("a range spanning Tuesday to Thursday is not inside one occurrence", () => {
    expect(windowContaining("PRODUCTION", at("2026-12-01T10:00"), at("2026-12-03T12:00"))).toBeNull();
  });

  it("an empty or inverted range is never inside a window", () => {
    expect(windowContaining("PRODUCTION", at("2026-12-01T11:00"), at("2026-12-01T11:00"))).toBeNull();
    expect(windowContaining("DEVELOPMENT", at("2026-12-01T12:00"), at("2026-12-01T11:00"))).toBeNull();
  });
});

describe("staging and development", () => {
  it.each([
    ["2026-11-30T09:00", true], // Monday
    ["2026-11-30T08:59", false],
    ["2026-12-02T16:59", true], // Wednesday is fine in staging
    ["2026-12-02T17:00", false],
    ["2026-12-05T12:00", false], // Saturday
  ])("staging minute at %s inside = %s", (iso, inside) => {
    const { start, end } = minuteFrom(iso);
    expect(windowContaining("STAGING", start, end) !== null).toBe(inside);
  });
  it("development is always open, even on a Saturday night", () => {
    expect(windowContaining("DEVELOPMENT", at("2026-12-05T23:00"), at("2026-12-06T03:00"))).not.toBeNull();
  });
});

describe("checkSchedule", () => {
  const freeze = { start: at("2026-12-01T00:00"), end: at("2026-12-02T00:00"), reason: "year-end" };
  const inWindow = {
    environment: "PRODUCTION" as const,
    start: at("2026-12-01T10:00"),
    end: at("2026-12-01T11:00"),
  };

  it("accepts a planned time inside a window with no freeze", () => {
    expect(checkSchedule({ ...inWindow, freezes: [], emergencyAuthorized: false })).toEqual({ ok: true });
  });
  it("refuses a planned time outside a window", () => {
    const verdict = checkSchedule({
      ...inWindow,
      start: at("2026-12-02T10:00"),
      end: at("2026-12-02T11:00"),
      freezes: [],
      emergencyAuthorized: false,
    });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reasons).toHaveLength(1);
  });
  it("a freeze refuses an otherwise valid window", () => {
    const verdict = checkSchedule({ ...inWindow, freezes: [freeze], emergencyAuthorized: false });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reasons.join(" ")).toContain("year-end");
  });
  it("a freeze ending exactly at the planned start does not refuse", () => {
    const before = { start: at("2026-11-30T00:00"), end: at("2026-12-01T10:00") };
    expect(checkSchedule({ ...inWindow, freezes: [before], emergencyAuthorized: false })).toEqual({
      ok: true,
    });
  });
  it("an authorized emergency bypasses both the freeze and the window", () => {
    expect(checkSchedule({ ...inWindow, freezes: [freeze], emergencyAuthorized: true })).toEqual({
      ok: true,
    });
    expect(
      checkSchedule({
        ...inWindow,
        start: at("2026-12-05T03:00"),
        end: at("2026-12-05T04:00"),
        freezes: [],
        emergencyAuthorized: true,
      }),
    ).toEqual({ ok: true });
  });
  it("an inverted range is refused even for an emergency", () => {
    expect(
      checkSchedule({
        ...inWindow,
        start: at("2026-12-01T11:00"),
        end: at("2026-12-01T10:00"),
        freezes: [],
        emergencyAuthorized: true,
      }).ok,
    ).toBe(false);
  });
});

describe("windowsBetween", () => {
  it("lists Tuesday and Thursday occurrences of a week for production", () => {
    expect(windowsBetween("PRODUCTION", at("2026-11-30T00:00"), at("2026-12-07T00:00"))).toEqual([
      { start: at("2026-12-01T10:00"), end: at("2026-12-01T14:00") },
      { start: at("2026-12-03T10:00"), end: at("2026-12-03T14:00") },
    ]);
  });
  it("lists five staging occurrences for a week and none for a weekend", () => {
    expect(windowsBetween("STAGING", at("2026-11-30T00:00"), at("2026-12-07T00:00"))).toHaveLength(5);
    expect(windowsBetween("STAGING", at("2026-12-05T00:00"), at("2026-12-07T00:00"))).toEqual([]);
  });
  it("includes an occurrence the range only partly overlaps", () => {
    expect(windowsBetween("PRODUCTION", at("2026-12-01T13:00"), at("2026-12-01T20:00"))).toHaveLength(1);
    expect(windowsBetween("PRODUCTION", at("2026-12-01T14:00"), at("2026-12-01T20:00"))).toHaveLength(0);
  });
});
