import { describe, expect, it } from "vitest";
import { periodLabel } from "@/app/(portal)/incidents/_components/use-incident-filters";
import { incidentsHref, monthRange } from "@/app/(portal)/dashboards/_components/format";

describe("links from dashboard figures to the incidents they count", () => {
  it("a month is [its first day, the next month's first day) in UTC, December included", () => {
    expect(monthRange("2026-10")).toEqual({
      from: "2026-10-01T00:00:00.000Z",
      to: "2026-11-01T00:00:00.000Z",
    });
    expect(monthRange("2026-12")).toEqual({
      from: "2026-12-01T00:00:00.000Z",
      to: "2027-01-01T00:00:00.000Z",
    });
  });

  it("links every status, the severity or service when given, and the period", () => {
    const href = incidentsHref({ ...monthRange("2026-10"), severity: "P1" });
    const url = new URL(href, "http://portal");
    expect(url.pathname).toBe("/incidents");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: "all",
      severity: "P1",
      from: "2026-10-01T00:00:00.000Z",
      to: "2026-11-01T00:00:00.000Z",
    });
  });
});

describe("periodLabel (the incident list's period chip)", () => {
  it("shows a month as its first and last day: the end is exclusive", () => {
    expect(periodLabel("2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z")).toBe(
      "Reported 2026-10-01 – 2026-10-31 (UTC)",
    );
  });
  it("shows times of day when a bound has one, and open-ended periods", () => {
    expect(periodLabel("2026-10-28T14:05:00Z", "2026-11-27T14:05:00Z")).toBe(
      "Reported 2026-10-28 14:05 – 2026-11-27 14:05 (UTC)",
    );
    expect(periodLabel("2026-10-01T00:00:00Z", "")).toBe("Reported since 2026-10-01 (UTC)");
    expect(periodLabel("", "2026-11-01T00:00:00Z")).toBe("Reported until 2026-10-31 (UTC)");
  });
  it("has no chip without a period or with an unreadable one", () => {
    expect(periodLabel("", "")).toBeNull();
    expect(periodLabel("soon", "")).toBeNull();
  });
});
