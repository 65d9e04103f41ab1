import { describe, expect, it } from "vitest";
import {
  filterFunctions,
  missedSinceLookback,
} from "@/app/(portal)/continuity/_components/function-filter-fields";
import { drLookbackStart } from "@/lib/continuity/rules";
import type { DrTestResponse, FunctionResponse } from "@/lib/continuity/schemas";

const test = (t: Partial<DrTestResponse>): DrTestResponse => ({
  id: "t",
  functionId: "f",
  functionName: "F",
  type: "BACKUP_RESTORE",
  status: "DONE",
  plannedFor: "2026-11-01T00:00:00.000Z",
  performedAt: "2026-11-01T00:00:00.000Z",
  measuredRtoHours: 2,
  measuredRpoHours: 1,
  targetRtoHours: 4,
  targetRpoHours: 1,
  rtoMet: true,
  rpoMet: true,
  findings: "",
  followUps: [],
  version: 1,
  ...t,
});
const fn = (name: string, f: Partial<FunctionResponse> = {}): FunctionResponse => ({
  id: name,
  name,
  description: "",
  criticality: "CRITICAL",
  rtoHours: 4,
  rpoHours: 1,
  dependencies: [],
  slowDependencies: [],
  unknownRecovery: [],
  alternativeProcesses: [],
  keyPersonnel: [],
  drSchedule: [],
  recentTests: [],
  flags: [],
  version: 1,
  ...f,
});
const empty = { q: "", criticality: "", flagged: "", dr: "" };
const now = new Date("2026-12-07T12:00:00Z");

describe("the continuity list's DR filters (the executive dashboard's figures)", () => {
  it("the look-back starts on the first of the month 13 months back", () => {
    expect(drLookbackStart(now).toISOString()).toBe("2025-11-01T00:00:00.000Z");
  });

  it("dr=overdue keeps functions with an overdue test type, dr=missed those whose recent test missed", () => {
    const overdue = fn("overdue", {
      drSchedule: [
        {
          type: "PARTIAL_DRILL",
          lastDone: null,
          dueAt: "2026-01-01T00:00:00.000Z",
          overdue: true,
          planned: null,
        },
      ],
    });
    const missed = fn("missed", {
      recentTests: [test({ rtoMet: false, performedAt: "2026-06-01T00:00:00.000Z" })],
    });
    const oldMiss = fn("old", {
      recentTests: [test({ rpoMet: false, performedAt: "2025-10-31T23:59:59.000Z" })],
    });
    const fine = fn("fine", { recentTests: [test({})] });
    const all = [overdue, missed, oldMiss, fine];
    expect(filterFunctions(all, { ...empty, dr: "overdue" }).map((f) => f.name)).toEqual(["overdue"]);
    expect(all.filter((f) => missedSinceLookback(f, now)).map((f) => f.name)).toEqual(["missed"]);
    expect(filterFunctions(all, empty)).toHaveLength(4);
  });
});
