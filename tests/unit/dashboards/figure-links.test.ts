import { describe, expect, it } from "vitest";
import {
  finishedChangesHref,
  incidentsHref,
  securityDays,
} from "@/app/(portal)/dashboards/_components/format";
import { periodLabel } from "@/components/ui/period-label";

describe("the links of the figures that count by a rule of their own", () => {
  it("security figures count whole UTC days: the period becomes the days it touches", () => {
    expect(securityDays({ from: "2026-11-07T14:05:00.000Z", to: "2026-12-07T14:05:00.000Z" })).toEqual({
      from: "2026-11-07T00:00:00.000Z",
      to: "2026-12-08T00:00:00.000Z",
    });
    // An end at midnight is exclusive: that day is not touched.
    expect(securityDays({ from: "2026-11-01T00:00:00.000Z", to: "2026-12-01T00:00:00.000Z" })).toEqual({
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-12-01T00:00:00.000Z",
    });
  });

  it("change figures open the changes finished in the period, by outcome, whatever their status since", () => {
    const period = { from: "2026-11-07T14:05:00.000Z", to: "2026-12-07T14:05:00.000Z" };
    const params = (href: string) => Object.fromEntries(new URL(href, "http://portal").searchParams);
    expect(params(finishedChangesHref(period))).toEqual({ finishedFrom: period.from, finishedTo: period.to });
    expect(params(finishedChangesHref(period, "rolled-back"))).toEqual({
      finishedFrom: period.from,
      finishedTo: period.to,
      outcome: "rolled-back",
    });
    expect(finishedChangesHref(period)).not.toContain("status=");
    expect(params(incidentsHref({ ...period, causedByChange: true }))).toEqual({
      status: "all",
      from: period.from,
      to: period.to,
      causedByChange: "true",
    });
  });

  it("a period chip names what the period bounds", () => {
    expect(periodLabel("Finished", "2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z")).toBe(
      "Finished 2026-10-01 – 2026-10-31 (UTC)",
    );
    expect(periodLabel("Recorded", "2026-10-05T00:00:00.000Z", "")).toBe("Recorded since 2026-10-05 (UTC)");
    expect(periodLabel("Recorded", "", "")).toBeNull();
  });
});
