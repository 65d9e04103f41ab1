import { describe, expect, it } from "vitest";
import { windowStatus } from "@/lib/changes/deployment-windows";
import { resolvePeriod } from "@/lib/dashboards/period";
import { trailingMonths } from "@/lib/dashboards/executive";

// 2026-12-01 is a Tuesday, 2026-12-02 a Wednesday, 2026-12-03 a Thursday.
const at = (iso: string) => new Date(`${iso}Z`);
const freeze = (start: string, end: string, environments: ("PRODUCTION" | "STAGING" | "DEVELOPMENT")[]) => ({
  start: at(start),
  end: at(end),
  environments,
});

describe("windowStatus (operations dashboard)", () => {
  it("is open inside the production window and names the occurrence, [start, end)", () => {
    expect(windowStatus("PRODUCTION", at("2026-12-01T10:00"), [])).toMatchObject({
      open: true,
      current: { start: at("2026-12-01T10:00"), end: at("2026-12-01T14:00") },
      next: { start: at("2026-12-03T10:00") },
    });
    expect(windowStatus("PRODUCTION", at("2026-12-01T14:00"), [])).toMatchObject({
      open: false,
      current: null,
      next: { start: at("2026-12-03T10:00") },
    });
    expect(windowStatus("PRODUCTION", at("2026-12-01T09:59"), [])).toMatchObject({
      open: false,
      next: { start: at("2026-12-01T10:00") },
    });
  });
  it("staging opens on weekdays 09–17", () => {
    expect(windowStatus("STAGING", at("2026-12-02T16:59"), []).open).toBe(true);
    expect(windowStatus("STAGING", at("2026-12-05T12:00"), [])).toMatchObject({
      open: false,
      next: { start: at("2026-12-07T09:00") },
    });
  });
  it("development is always open, with no occurrences", () => {
    expect(windowStatus("DEVELOPMENT", at("2026-12-05T03:00"), [])).toEqual({
      environment: "DEVELOPMENT",
      open: true,
      current: null,
      next: null,
      frozen: false,
    });
  });
  it("a freeze counts only for the environments it names, while it is in force", () => {
    const f = [freeze("2026-12-01T00:00", "2026-12-02T00:00", ["PRODUCTION"])];
    expect(windowStatus("PRODUCTION", at("2026-12-01T11:00"), f).frozen).toBe(true);
    expect(windowStatus("STAGING", at("2026-12-01T11:00"), f).frozen).toBe(false);
    expect(windowStatus("PRODUCTION", at("2026-12-02T00:00"), f).frozen).toBe(false);
  });
});

describe("dashboard periods", () => {
  const now = at("2026-11-27T12:00");
  it("defaults to the 30 days before now", () => {
    expect(resolvePeriod({}, now)).toEqual({ from: at("2026-10-28T12:00"), to: now, days: 30 });
  });
  it("refuses an empty or reversed period and one longer than 3 years, naming the field", () => {
    expect(() => resolvePeriod({ from: "2026-11-27T12:00:00Z", to: "2026-11-27T12:00:00Z" }, now)).toThrow(
      /after/,
    );
    expect(() => resolvePeriod({ from: "2020-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }, now)).toThrow(
      /3 years/,
    );
  });
  it("the 12-month trend ends with the month that contains `to`", () => {
    expect(trailingMonths(at("2026-01-15T00:00"))).toEqual([
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
    ]);
  });
});
