import { describe, expect, it } from "vitest";
import {
  drSchedule,
  measureAgainstTargets,
  SERVICE_TIER_RTO_HOURS,
  slowDependencies,
} from "@/lib/continuity/rules";

const d = (iso: string) => new Date(iso);

describe("slowDependencies (RTO inversion)", () => {
  const deps = [
    { kind: "SERVICE" as const, id: "auth", name: "Auth", recoveryHours: SERVICE_TIER_RTO_HOURS.CRITICAL },
    {
      kind: "SERVICE" as const,
      id: "billing",
      name: "Billing",
      recoveryHours: SERVICE_TIER_RTO_HOURS.STANDARD,
    },
    { kind: "VENDOR" as const, id: "v1", name: "MailCo", recoveryHours: null },
    { kind: "FUNCTION" as const, id: "f1", name: "Payroll", recoveryHours: 4.5 },
  ];
  it("flags dependencies that recover slower than the function's RTO, by how much; equal is fine", () => {
    const { slow, unknown } = slowDependencies(4, deps);
    expect(slow.map((s) => [s.name, s.byHours])).toEqual([
      ["Billing", 20],
      ["Payroll", 0.5],
    ]);
    expect(unknown.map((u) => u.name)).toEqual(["MailCo"]);
  });
  it("nothing is slow for a function with a long RTO", () => {
    expect(slowDependencies(24, deps).slow).toEqual([]);
  });
});

describe("drSchedule", () => {
  const since = d("2026-01-01T00:00:00Z");
  it("each test type is due one interval after its last run, or after the function was recorded", () => {
    const now = d("2026-03-15T00:00:00Z");
    const tests = [
      {
        type: "BACKUP_RESTORE" as const,
        status: "DONE" as const,
        plannedFor: d("2026-03-01T00:00:00Z"),
        performedAt: d("2026-03-01T00:00:00Z"),
      },
      {
        type: "BACKUP_RESTORE" as const,
        status: "DONE" as const,
        plannedFor: d("2026-02-01T00:00:00Z"),
        performedAt: d("2026-02-01T00:00:00Z"),
      },
      {
        type: "PARTIAL_DRILL" as const,
        status: "PLANNED" as const,
        plannedFor: d("2026-04-10T00:00:00Z"),
        performedAt: null,
      },
    ];
    const byType = Object.fromEntries(drSchedule(tests, since, now).map((s) => [s.type, s]));
    expect(byType.BACKUP_RESTORE).toMatchObject({
      lastDone: d("2026-03-01T00:00:00Z"),
      dueAt: d("2026-04-01T00:00:00Z"),
      overdue: false,
    });
    expect(byType.PARTIAL_DRILL).toMatchObject({
      lastDone: null,
      dueAt: d("2026-04-01T00:00:00Z"),
      overdue: false,
      planned: d("2026-04-10T00:00:00Z"),
    });
    expect(byType.FULL_SIMULATION).toMatchObject({ dueAt: d("2027-01-01T00:00:00Z"), overdue: false });
    expect(byType.PLAN_REVIEW).toMatchObject({ dueAt: d("2026-04-01T00:00:00Z"), overdue: false });
  });
  it("is overdue one instant after the due time, and a planned test does not clear it", () => {
    const tests = [
      {
        type: "PARTIAL_DRILL" as const,
        status: "PLANNED" as const,
        plannedFor: d("2026-05-01T00:00:00Z"),
        performedAt: null,
      },
    ];
    const at = (iso: string) =>
      drSchedule(tests, since, d(iso)).find((s) => s.type === "PARTIAL_DRILL")!.overdue;
    expect(at("2026-04-01T00:00:00Z")).toBe(false);
    expect(at("2026-04-01T00:00:00.001Z")).toBe(true);
  });
});

describe("measureAgainstTargets", () => {
  it("met when measured ≤ target; unknown when not measured", () => {
    expect(measureAgainstTargets({ rtoHours: 4, rpoHours: 1 }, { rtoHours: 4, rpoHours: 1.5 })).toEqual({
      rtoMet: true,
      rpoMet: false,
    });
    expect(measureAgainstTargets({ rtoHours: 4, rpoHours: 1 }, { rtoHours: 6, rpoHours: null })).toEqual({
      rtoMet: false,
      rpoMet: null,
    });
  });
});
