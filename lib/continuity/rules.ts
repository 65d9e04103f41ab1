// Business continuity rules (handbook "Business Continuity", "Disaster Recovery Testing"): dependencies
// that recover slower than the function that needs them, and the DR test schedule. Pure.
import { addMonths } from "@/lib/vendors/cadence";

// How long a catalog service takes to recover, by tier: the handbook's 4 h RTO for critical systems;
// standard and development services are given 24 h and 72 h (the portal's documented defaults).
export const SERVICE_TIER_RTO_HOURS = { CRITICAL: 4, STANDARD: 24, DEVELOPMENT: 72 } as const;

export type Dependency = {
  kind: "SERVICE" | "VENDOR" | "FUNCTION";
  id: string;
  name: string;
  recoveryHours: number | null;
};
export type SlowDependency = Dependency & { recoveryHours: number; byHours: number };

// Dependencies whose recovery time is longer than the function's RTO (equal is fine). Unknown
// recovery times are reported separately: they cannot be shown to fit.
export function slowDependencies(
  rtoHours: number,
  deps: readonly Dependency[],
): { slow: SlowDependency[]; unknown: Dependency[] } {
  const slow: SlowDependency[] = [];
  const unknown: Dependency[] = [];
  for (const d of deps) {
    if (d.recoveryHours === null) unknown.push(d);
    else if (d.recoveryHours > rtoHours)
      slow.push({ ...d, recoveryHours: d.recoveryHours, byHours: d.recoveryHours - rtoHours });
  }
  return { slow, unknown };
}

export const DR_TEST_TYPES = ["BACKUP_RESTORE", "PARTIAL_DRILL", "FULL_SIMULATION", "PLAN_REVIEW"] as const;
export type DrTestType = (typeof DR_TEST_TYPES)[number];
// Monthly backup restore, quarterly partial drill, yearly full simulation, quarterly plan review.
export const DR_TEST_INTERVAL_MONTHS: Record<DrTestType, number> = {
  BACKUP_RESTORE: 1,
  PARTIAL_DRILL: 3,
  FULL_SIMULATION: 12,
  PLAN_REVIEW: 3,
};
export const DR_TEST_LABELS: Record<DrTestType, string> = {
  BACKUP_RESTORE: "Backup restore",
  PARTIAL_DRILL: "Partial DR drill",
  FULL_SIMULATION: "Full DR simulation",
  PLAN_REVIEW: "Continuity plan review",
};

export type DrTestRecord = {
  type: DrTestType;
  status: "PLANNED" | "DONE";
  plannedFor: Date;
  performedAt: Date | null;
};
export type DrScheduleItem = {
  type: DrTestType;
  lastDone: Date | null;
  dueAt: Date;
  overdue: boolean;
  planned: Date | null;
};

// For each test type: when the next one is due (one interval after the last done, or after the
// function was recorded), whether it is overdue, and the next planned date if any.
export function drSchedule(tests: readonly DrTestRecord[], since: Date, now: Date): DrScheduleItem[] {
  return DR_TEST_TYPES.map((type) => {
    const done = tests
      .filter((t) => t.type === type && t.status === "DONE" && t.performedAt)
      .map((t) => t.performedAt!.getTime());
    const lastDone = done.length ? new Date(Math.max(...done)) : null;
    const dueAt = addMonths(lastDone ?? since, DR_TEST_INTERVAL_MONTHS[type]);
    const planned = tests
      .filter((t) => t.type === type && t.status === "PLANNED")
      .map((t) => t.plannedFor.getTime())
      .sort((a, b) => a - b)[0];
    return {
      type,
      lastDone,
      dueAt,
      overdue: now.getTime() > dueAt.getTime(),
      planned: planned === undefined ? null : new Date(planned),
    };
  });
}

export type MeasuredResult = { rtoMet: boolean | null; rpoMet: boolean | null };
export function measureAgainstTargets(
  target: { rtoHours: number; rpoHours: number },
  measured: { rtoHours: number | null; rpoHours: number | null },
): MeasuredResult {
  return {
    rtoMet: measured.rtoHours === null ? null : measured.rtoHours <= target.rtoHours,
    rpoMet: measured.rpoHours === null ? null : measured.rpoHours <= target.rpoHours,
  };
}

/**
 * The start of the DR record that still decides compliance and "missed RTO/RPO" figures: the longest
 * test interval (12 months) and the month before it, from the first of that month (UTC). The executive
 * dashboard and the continuity list's `dr=missed` filter count from the same instant.
 */
export function drLookbackStart(now: Date): Date {
  const longest = Math.max(...Object.values(DR_TEST_INTERVAL_MONTHS));
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - longest - 1, 1));
}
