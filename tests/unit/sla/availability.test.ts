import { describe, expect, it } from "vitest";
import {
  availabilityReport,
  monthRange,
  unionMinutes,
  weightedDownMinutes,
  type ImpactSpan,
} from "@/lib/sla/availability";

const t = (iso: string) => new Date(`${iso}Z`);
const june = monthRange(2026, 6); // 30 days = 43,200 min
const endOfJune = t("2026-07-01T00:00:00");
const inc = (start: string, end: string, impact: ImpactSpan["impact"] = "OUTAGE"): ImpactSpan => ({
  start: t(start),
  end: t(end),
  impact,
});

describe("availability: hand-made histories", () => {
  it("a clean month is 100 % with the whole budget left (critical: 43.2 min)", () => {
    const r = availabilityReport("CRITICAL", [], [], june, endOfJune);
    expect(r.availability).toBe(1);
    expect(r.budgetMinutes).toBeCloseTo(43.2, 6);
    expect(r.budgetLeftShare).toBeCloseTo(1, 9);
    expect(r.burnRate).toBe(0);
  });

  it("a 30-minute outage: 1 − 30/43,200 = 99.9306 %, 13.2 min of budget left", () => {
    const r = availabilityReport(
      "CRITICAL",
      [inc("2026-06-10T10:00:00", "2026-06-10T10:30:00")],
      [],
      june,
      endOfJune,
    );
    expect(r.downMinutes).toBe(30);
    expect(r.availability).toBeCloseTo(1 - 30 / 43_200, 12);
    expect(r.met).toBe(true);
    expect(r.budgetLeftMinutes).toBeCloseTo(13.2, 6);
    expect(r.arithmetic[2]).toBe("Availability: 1 − 30 ÷ 43,200 = 99.931 % (target 99.900 %)");
  });

  it("degraded minutes count at half weight (partial outage)", () => {
    const r = availabilityReport(
      "STANDARD",
      [inc("2026-06-10T10:00:00", "2026-06-10T12:00:00", "DEGRADED")],
      [],
      june,
      endOfJune,
    );
    expect(r.degradedMinutes).toBe(120);
    expect(r.downMinutes).toBe(60);
  });

  it("overlapping incidents count once, at the worst impact at each moment", () => {
    // outage 10:00–10:30, degraded 10:15–11:00, another outage 10:20–10:40 → outage 10:00–10:40 (40), degraded 10:40–11:00 (20)
    const r = weightedDownMinutes(
      [
        inc("2026-06-10T10:00:00", "2026-06-10T10:30:00"),
        inc("2026-06-10T10:15:00", "2026-06-10T11:00:00", "DEGRADED"),
        inc("2026-06-10T10:20:00", "2026-06-10T10:40:00"),
      ],
      [],
      june,
    );
    expect(r).toEqual({ outage: 40, degraded: 20, weighted: 50 });
  });

  it("declared maintenance is excluded from downtime and from the measured time", () => {
    const maintenance = [{ start: t("2026-06-10T10:00:00"), end: t("2026-06-10T11:00:00") }];
    const r = availabilityReport(
      "CRITICAL",
      [inc("2026-06-10T10:30:00", "2026-06-10T11:30:00")],
      maintenance,
      june,
      endOfJune,
    );
    expect(r.downMinutes).toBe(30); // only 11:00–11:30 counts
    expect(r.measuredMinutes).toBe(43_200 - 60);
    expect(r.budgetMinutes).toBeCloseTo(0.001 * (43_200 - 60), 9);
  });

  it("month edges: an incident spanning midnight of the 1st counts only its minutes inside the month", () => {
    const r = availabilityReport(
      "CRITICAL",
      [inc("2026-05-31T23:00:00", "2026-06-01T00:20:00"), inc("2026-06-30T23:50:00", "2026-07-01T02:00:00")],
      [],
      june,
      endOfJune,
    );
    expect(r.downMinutes).toBe(30);
  });

  it("mid-month: an open incident counts up to now, and the burn rate compares budget use with time elapsed", () => {
    const now = t("2026-06-16T00:00:00"); // half of June
    const r = availabilityReport(
      "CRITICAL",
      [{ start: t("2026-06-15T23:30:00"), end: t("2099-01-01T00:00:00"), impact: "OUTAGE" }],
      [],
      june,
      now,
    );
    expect(r.elapsedMinutes).toBe(21_600);
    expect(r.downMinutes).toBe(30);
    // used 30/43.2 of the budget in half the month → burn 1.39×
    expect(r.burnRate).toBeCloseTo(30 / 43.2 / 0.5, 9);
    // so far: 1 − 30/21,600 = 99.861 %, below 99.9 % although the month's budget is not yet spent
    expect(r.availability).toBeCloseTo(1 - 30 / 21_600, 12);
    expect(r.met).toBe(false);
    expect(r.budgetLeftMinutes).toBeCloseTo(13.2, 6);
  });

  it("a breached month: 60 min of outage on a critical service misses 99.9 %, budget negative", () => {
    const r = availabilityReport(
      "CRITICAL",
      [inc("2026-06-02T00:00:00", "2026-06-02T01:00:00")],
      [],
      june,
      endOfJune,
    );
    expect(r.met).toBe(false);
    expect(r.budgetLeftMinutes).toBeCloseTo(-16.8, 6);
  });

  it("unionMinutes merges touching and overlapping spans", () => {
    expect(
      unionMinutes([
        { start: t("2026-06-01T00:00:00"), end: t("2026-06-01T01:00:00") },
        { start: t("2026-06-01T01:00:00"), end: t("2026-06-01T01:30:00") },
        { start: t("2026-06-01T00:10:00"), end: t("2026-06-01T00:20:00") },
      ]),
    ).toBe(90);
  });
});
