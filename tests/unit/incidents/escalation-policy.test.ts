import { describe, expect, it } from "vitest";
import {
  ESCALATION_STEPS,
  escalationDueAt,
  isEscalationDue,
  type EscalationStep,
} from "@/lib/incidents/escalation-policy";

// Handbook "Escalation Matrix": P1 immediately to Operations Manager and CTO; P2 after 2 h and P3 after 24 h
// if not resolved; P4 weekly review (no escalation step).
const createdAt = new Date("2026-03-10T10:00:00.000Z");
const at = (iso: string) => new Date(iso);
const minus1ms = (d: Date) => new Date(d.getTime() - 1);

function step(severity: "P1" | "P2" | "P3"): EscalationStep {
  const s = ESCALATION_STEPS[severity];
  if (!s) throw new Error(`no step for ${severity}`);
  return s;
}

describe("escalation steps", () => {
  it("P1 escalates immediately to OPS_MANAGER and EXECUTIVE", () => {
    expect(step("P1").afterMinutes).toBe(0);
    expect([...step("P1").notify].sort()).toEqual(["EXECUTIVE", "OPS_MANAGER"]);
  });

  it("P2 escalates after 120 minutes to OPS_MANAGER only", () => {
    expect(step("P2").afterMinutes).toBe(120);
    expect(step("P2").notify).toEqual(["OPS_MANAGER"]);
  });

  it("P3 escalates after 24 h to OPS_MANAGER only", () => {
    expect(step("P3").afterMinutes).toBe(1440);
    expect(step("P3").notify).toEqual(["OPS_MANAGER"]);
  });

  it("P4 has no escalation step", () => {
    expect(ESCALATION_STEPS.P4).toBeNull();
  });
});

describe("escalationDueAt", () => {
  it.each([
    ["P1", "2026-03-10T10:00:00.000Z"],
    ["P2", "2026-03-10T12:00:00.000Z"],
    ["P3", "2026-03-11T10:00:00.000Z"],
  ] as const)("%s is due at %s", (severity, expected) => {
    expect(escalationDueAt(severity, createdAt)?.toISOString()).toBe(expected);
  });

  it("P4 is null", () => {
    expect(escalationDueAt("P4", createdAt)).toBeNull();
  });
});

describe("isEscalationDue", () => {
  it.each([
    ["P1", "2026-03-10T10:00:00.000Z"],
    ["P2", "2026-03-10T12:00:00.000Z"],
    ["P3", "2026-03-11T10:00:00.000Z"],
  ] as const)("%s: false one ms before %s, true at it and after", (severity, dueIso) => {
    const incident = { severity, status: "OPEN", createdAt };
    const due = at(dueIso);
    expect(isEscalationDue(step(severity), incident, minus1ms(due))).toBe(false);
    expect(isEscalationDue(step(severity), incident, due)).toBe(true);
    expect(
      isEscalationDue(
        step(severity),
        { ...incident, status: "IN_PROGRESS" },
        new Date(due.getTime() + 60_000),
      ),
    ).toBe(true);
  });

  it.each(["RESOLVED", "CLOSED"])("is false when the incident is %s", (status) => {
    expect(
      isEscalationDue(step("P2"), { severity: "P2", status, createdAt }, at("2026-03-10T13:00:00.000Z")),
    ).toBe(false);
  });

  it("is false when the incident's severity changed away from the step's (P2 lowered to P3)", () => {
    expect(
      isEscalationDue(
        step("P2"),
        { severity: "P3", status: "OPEN", createdAt },
        at("2026-03-10T12:00:00.000Z"),
      ),
    ).toBe(false);
  });

  it("is false when the incident's severity changed to P4 (no step)", () => {
    expect(
      isEscalationDue(
        step("P3"),
        { severity: "P4", status: "OPEN", createdAt },
        at("2026-03-12T10:00:00.000Z"),
      ),
    ).toBe(false);
  });

  it("is false for a P1 step when the incident is now P2, even though P1 is immediate", () => {
    expect(
      isEscalationDue(
        step("P1"),
        { severity: "P2", status: "OPEN", createdAt },
        at("2026-03-10T10:30:00.000Z"),
      ),
    ).toBe(false);
  });
});
