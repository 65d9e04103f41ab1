// The handbook's escalation matrix: P1 at once to ops managers and executives (the CTO); an unresolved
// P2 after 2 h and P3 after 24 h to ops managers; open P4s go on the weekly review.
import type { Role } from "@/lib/auth/permissions";
import type { Severity } from "@/lib/incidents/sla";

export type EscalationStep = { level: string; afterMinutes: number; notify: Role[] };

export const ESCALATION_STEPS: Record<Severity, EscalationStep | null> = {
  P1: { level: "P1_IMMEDIATE", afterMinutes: 0, notify: ["OPS_MANAGER", "EXECUTIVE"] },
  P2: { level: "P2_UNRESOLVED_2H", afterMinutes: 120, notify: ["OPS_MANAGER"] },
  P3: { level: "P3_UNRESOLVED_24H", afterMinutes: 24 * 60, notify: ["OPS_MANAGER"] },
  P4: null,
};

export function escalationDueAt(severity: Severity, createdAt: Date): Date | null {
  const step = ESCALATION_STEPS[severity];
  return step ? new Date(createdAt.getTime() + step.afterMinutes * 60_000) : null;
}

// Whether a step is still owed when its time comes: the incident is unresolved and still that severity.
export function isEscalationDue(
  step: EscalationStep,
  incident: { severity: Severity; status: string; createdAt: Date },
  now: Date,
): boolean {
  if (ESCALATION_STEPS[incident.severity]?.level !== step.level) return false;
  if (incident.status === "RESOLVED" || incident.status === "CLOSED") return false;
  return now.getTime() >= incident.createdAt.getTime() + step.afterMinutes * 60_000;
}
