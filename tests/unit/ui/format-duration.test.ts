import { describe, expect, it } from "vitest";
import { formatDuration, formatMinutes } from "@/components/ui/format-duration";

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [999, "0 s"],
    [12 * S, "12 s"],
    [59 * S, "59 s"],
    [MIN, "1 min"],
    [45 * MIN, "45 min"],
    [45 * MIN + 12 * S, "45 min 12 s"],
    [H, "1 h"],
    [H + 30 * S, "1 h"],
    [2 * H + 5 * MIN, "2 h 5 min"],
    [2 * H + 5 * MIN + 59 * S, "2 h 5 min"],
    [23 * H + 59 * MIN, "23 h 59 min"],
    [D, "1 d"],
    [3 * D + 4 * H, "3 d 4 h"],
    [3 * D + 4 * H + 59 * MIN, "3 d 4 h"],
    [3 * D + 30 * MIN, "3 d"],
    [30 * D, "30 d"],
    [45 * D + 1 * H, "45 d 1 h"],
  ])("%i ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("puts a minus sign before a negative duration, but never before zero", () => {
    expect(formatDuration(-(2 * H + 5 * MIN))).toBe("−2 h 5 min");
    expect(formatDuration(-12 * S)).toBe("−12 s");
    expect(formatDuration(-400)).toBe("0 s");
  });

  it("spells the units out in the long style", () => {
    expect(formatDuration(3 * D + 4 * H, { style: "long" })).toBe("3 days 4 hours");
    expect(formatDuration(D + MIN, { style: "long" })).toBe("1 day");
    expect(formatDuration(H + MIN, { style: "long" })).toBe("1 hour 1 minute");
    expect(formatDuration(S, { style: "long" })).toBe("1 second");
    expect(formatDuration(0, { style: "long" })).toBe("0 seconds");
  });

  it("cuts to one unit on request", () => {
    expect(formatDuration(3 * D + 4 * H, { maxUnits: 1 })).toBe("3 d");
  });

  it("shows a dash for what is not a number", () => {
    expect(formatDuration(Number.NaN)).toBe("—");
  });
});

describe("formatMinutes", () => {
  it("writes SLA minutes in the same style", () => {
    expect(formatMinutes(15)).toBe("15 min");
    expect(formatMinutes(240)).toBe("4 h");
    expect(formatMinutes(3 * 24 * 60)).toBe("3 d");
    expect(formatMinutes(0.5)).toBe("30 s");
    expect(formatMinutes(null)).toBe("—");
  });
});
