import { describe, expect, it } from "vitest";
import {
  checkTransition,
  INCIDENT_STATUSES,
  isOpenStatus,
  STATUS_LABELS,
  type IncidentStatus,
  type TransitionContext,
} from "@/lib/incidents/lifecycle";

// PRODUCT.md "Incidents": OPEN → IN_PROGRESS → RESOLVED → CLOSED; RESOLVED → IN_PROGRESS reopens; anything else refused.
const ALLOWED = new Set([
  "OPEN→IN_PROGRESS",
  "IN_PROGRESS→RESOLVED",
  "RESOLVED→IN_PROGRESS",
  "RESOLVED→CLOSED",
]);

// A context in which no precondition blocks the move, so only the transition table decides.
const permissive: TransitionContext = { severity: "P1", hasResolution: true, hasPostmortem: true };

const pairs: [IncidentStatus, IncidentStatus][] = INCIDENT_STATUSES.flatMap((from) =>
  INCIDENT_STATUSES.map((to) => [from, to] as [IncidentStatus, IncidentStatus]),
);

describe("checkTransition: all 4×4 status pairs", () => {
  it("covers 16 pairs", () => {
    expect(pairs).toHaveLength(16);
  });

  it.each(pairs)("%s → %s", (from, to) => {
    const verdict = checkTransition(from, to, permissive);
    if (from === to || ALLOWED.has(`${from}→${to}`)) {
      expect(verdict).toEqual({ ok: true });
    } else {
      expect(verdict.ok).toBe(false);
      if (verdict.ok) return;
      expect(verdict.field).toBe("status");
      expect(verdict.message).toContain(`from ${STATUS_LABELS[from]} to ${STATUS_LABELS[to]}`);
    }
  });

  it("same status is an ok no-op even when preconditions would otherwise fail", () => {
    const bare: TransitionContext = { severity: "P1", hasResolution: false, hasPostmortem: false };
    for (const s of INCIDENT_STATUSES) expect(checkTransition(s, s, bare)).toEqual({ ok: true });
  });

  it("refusal message names both statuses and what is allowed", () => {
    expect(checkTransition("OPEN", "RESOLVED", permissive)).toEqual({
      ok: false,
      field: "status",
      message: "An incident cannot go from Open to Resolved (allowed: In progress)",
    });
    expect(checkTransition("CLOSED", "IN_PROGRESS", permissive)).toEqual({
      ok: false,
      field: "status",
      message: "An incident cannot go from Closed to In progress (it is closed)",
    });
  });

  it("OPEN cannot be closed directly, even with a post-mortem", () => {
    expect(checkTransition("OPEN", "CLOSED", permissive).ok).toBe(false);
  });
});

describe("checkTransition: resolution and post-mortem preconditions", () => {
  it("resolving without a resolution is refused on the resolution field", () => {
    const verdict = checkTransition("IN_PROGRESS", "RESOLVED", {
      severity: "P3",
      hasResolution: false,
      hasPostmortem: false,
    });
    expect(verdict).toEqual({
      ok: false,
      field: "resolution",
      message: "Describe the resolution to resolve the incident",
    });
  });

  it("resolving with a resolution is allowed", () => {
    expect(
      checkTransition("IN_PROGRESS", "RESOLVED", {
        severity: "P3",
        hasResolution: true,
        hasPostmortem: false,
      }),
    ).toEqual({ ok: true });
  });

  it.each(["P1", "P2"] as const)("closing a %s without a post-mortem is refused", (severity) => {
    const verdict = checkTransition("RESOLVED", "CLOSED", {
      severity,
      hasResolution: true,
      hasPostmortem: false,
    });
    expect(verdict).toEqual({
      ok: false,
      field: "status",
      message: `A ${severity} incident needs its post-mortem before it can be closed`,
    });
  });

  it.each(["P1", "P2"] as const)("closing a %s with a post-mortem is allowed", (severity) => {
    expect(
      checkTransition("RESOLVED", "CLOSED", { severity, hasResolution: true, hasPostmortem: true }),
    ).toEqual({ ok: true });
  });

  it.each(["P3", "P4"] as const)("closing a %s without a post-mortem is allowed", (severity) => {
    expect(
      checkTransition("RESOLVED", "CLOSED", { severity, hasResolution: true, hasPostmortem: false }),
    ).toEqual({ ok: true });
  });

  it("reopening (RESOLVED → IN_PROGRESS) needs neither resolution nor post-mortem", () => {
    expect(
      checkTransition("RESOLVED", "IN_PROGRESS", {
        severity: "P1",
        hasResolution: false,
        hasPostmortem: false,
      }),
    ).toEqual({ ok: true });
  });
});

describe("isOpenStatus", () => {
  it.each<[IncidentStatus, boolean]>([
    ["OPEN", true],
    ["IN_PROGRESS", true],
    ["RESOLVED", false],
    ["CLOSED", false],
  ])("%s → %s", (status, expected) => {
    expect(isOpenStatus(status)).toBe(expected);
  });
});
