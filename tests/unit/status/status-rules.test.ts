import { describe, expect, it } from "vitest";
import { componentState, incidentState, overallBanner, worstState } from "@/lib/status/component-status";
import { uptimeDays, uptimeOver, UPTIME_RULE } from "@/lib/status/uptime";

const at = (iso: string) => new Date(iso);

describe("component state", () => {
  it("maps an incident's impact and severity to a state", () => {
    expect(incidentState({ impact: "OUTAGE", severity: "P1" })).toBe("MAJOR_OUTAGE");
    expect(incidentState({ impact: "OUTAGE", severity: "P2" })).toBe("PARTIAL_OUTAGE");
    expect(incidentState({ impact: "DEGRADED", severity: "P1" })).toBe("DEGRADED_PERFORMANCE");
    expect(incidentState({ impact: "NONE", severity: "P1" })).toBe("OPERATIONAL");
  });

  it("the worst wins; an outage during maintenance shows the outage, degraded service during it the maintenance", () => {
    expect(componentState({ openIncidents: [], inMaintenance: false })).toBe("OPERATIONAL");
    expect(
      componentState({
        openIncidents: [
          { impact: "DEGRADED", severity: "P3" },
          { impact: "OUTAGE", severity: "P2" },
        ],
        inMaintenance: false,
      }),
    ).toBe("PARTIAL_OUTAGE");
    expect(
      componentState({ openIncidents: [{ impact: "DEGRADED", severity: "P3" }], inMaintenance: true }),
    ).toBe("UNDER_MAINTENANCE");
    expect(
      componentState({ openIncidents: [{ impact: "OUTAGE", severity: "P1" }], inMaintenance: true }),
    ).toBe("MAJOR_OUTAGE");
  });

  it("an ops manager's override wins over everything", () => {
    expect(
      componentState({
        openIncidents: [{ impact: "OUTAGE", severity: "P1" }],
        inMaintenance: false,
        override: "OPERATIONAL",
      }),
    ).toBe("OPERATIONAL");
    expect(
      componentState({ openIncidents: [], inMaintenance: false, override: "DEGRADED_PERFORMANCE" }),
    ).toBe("DEGRADED_PERFORMANCE");
  });

  it("the banner names the worst state and how many components have it", () => {
    expect(overallBanner(["OPERATIONAL", "OPERATIONAL"]).text).toBe("All systems operational");
    expect(overallBanner([]).text).toBe("All systems operational");
    expect(overallBanner(["PARTIAL_OUTAGE", "DEGRADED_PERFORMANCE", "PARTIAL_OUTAGE"])).toEqual({
      state: "PARTIAL_OUTAGE",
      text: "Partial outage on 2 components",
    });
    expect(overallBanner(["UNDER_MAINTENANCE", "OPERATIONAL"]).text).toBe(
      "Scheduled maintenance in progress",
    );
    expect(worstState(["MAJOR_OUTAGE", "UNDER_MAINTENANCE"])).toBe("MAJOR_OUTAGE");
  });
});

describe("uptime bars", () => {
  const now = at("2026-12-07T12:00:00Z");

  it("90 UTC days ending today, today measured up to now", () => {
    const days = uptimeDays([], [], now);
    expect(days).toHaveLength(90);
    expect(days.at(-1)!.day).toBe("2026-12-07");
    expect(days[0]!.day).toBe("2026-09-09");
    expect(days.every((d) => d.uptime === 1 && d.worst === "NONE")).toBe(true);
  });

  it("an outage crossing midnight counts on both days, overlapping a degraded spell once at the worst", () => {
    const incidents = [
      { start: at("2026-12-05T23:00:00Z"), end: at("2026-12-06T01:00:00Z"), impact: "OUTAGE" as const },
      { start: at("2026-12-06T00:30:00Z"), end: at("2026-12-06T02:30:00Z"), impact: "DEGRADED" as const },
    ];
    const days = uptimeDays(incidents, [], now, 3);
    const [d5, d6] = days;
    expect(d5).toMatchObject({ day: "2026-12-05", outageMinutes: 60, degradedMinutes: 0, worst: "OUTAGE" });
    expect(d5!.uptime).toBeCloseTo(1 - 60 / 1440, 12);
    // 00:00–01:00 outage; 01:00–02:30 degraded at half weight.
    expect(d6).toMatchObject({ day: "2026-12-06", outageMinutes: 60, degradedMinutes: 90, worst: "OUTAGE" });
    expect(d6!.uptime).toBeCloseTo(1 - (60 + 45) / 1440, 12);
    expect(days[2]).toMatchObject({ day: "2026-12-07", uptime: 1 });
  });

  it("maintenance is neither down nor measured; a day of maintenance only has no uptime", () => {
    const incidents = [
      { start: at("2026-12-06T10:00:00Z"), end: at("2026-12-06T12:00:00Z"), impact: "OUTAGE" as const },
    ];
    const maintenance = [{ start: at("2026-12-06T11:00:00Z"), end: at("2026-12-06T13:00:00Z") }];
    const d6 = uptimeDays(incidents, maintenance, now, 2)[0]!;
    expect(d6.outageMinutes).toBe(60);
    expect(d6.uptime).toBeCloseTo(1 - 60 / (1440 - 120), 12);
    const allDay = uptimeDays(
      [],
      [{ start: at("2026-12-06T00:00:00Z"), end: at("2026-12-07T00:00:00Z") }],
      now,
      2,
    )[0]!;
    expect(allDay.uptime).toBeNull();
  });

  it("a month's uptime uses the same arithmetic, up to now", () => {
    const incidents = [
      { start: at("2026-12-01T00:00:00Z"), end: at("2026-12-01T06:00:00Z"), impact: "DEGRADED" as const },
    ];
    const december = { start: at("2026-12-01T00:00:00Z"), end: at("2027-01-01T00:00:00Z") };
    const elapsed = 6 * 1440 + 12 * 60;
    expect(uptimeOver(incidents, [], december, now)).toBeCloseTo(1 - 180 / elapsed, 12);
    expect(
      uptimeOver(incidents, [], { start: at("2027-01-01T00:00:00Z"), end: at("2027-02-01T00:00:00Z") }, now),
    ).toBeNull();
    expect(UPTIME_RULE).toContain("50 %");
  });
});
