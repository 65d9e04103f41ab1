// The incident lifecycle (handbook): OPEN → IN_PROGRESS → RESOLVED → CLOSED; RESOLVED → IN_PROGRESS
// reopens. Nothing else is allowed.
import type { Severity } from "@/lib/incidents/sla";

export const INCIDENT_STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const ALLOWED_TRANSITIONS: Record<IncidentStatus, readonly IncidentStatus[]> = {
  OPEN: ["IN_PROGRESS"],
  IN_PROGRESS: ["RESOLVED"],
  RESOLVED: ["IN_PROGRESS", "CLOSED"],
  CLOSED: [],
};

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
};

export type TransitionContext = { severity: Severity; hasResolution: boolean; hasPostmortem: boolean };

export type TransitionVerdict = { ok: true } | { ok: false; field: string; message: string };

export function checkTransition(
  from: IncidentStatus,
  to: IncidentStatus,
  ctx: TransitionContext,
): TransitionVerdict {
  if (from === to) return { ok: true };
  if (!ALLOWED_TRANSITIONS[from].includes(to)) {
    const allowed = ALLOWED_TRANSITIONS[from];
    return {
      ok: false,
      field: "status",
      message:
        `An incident cannot go from ${STATUS_LABELS[from]} to ${STATUS_LABELS[to]}` +
        (allowed.length
          ? ` (allowed: ${allowed.map((s) => STATUS_LABELS[s]).join(", ")})`
          : " (it is closed)"),
    };
  }
  if (to === "RESOLVED" && !ctx.hasResolution)
    return { ok: false, field: "resolution", message: "Describe the resolution to resolve the incident" };
  if (to === "CLOSED" && (ctx.severity === "P1" || ctx.severity === "P2") && !ctx.hasPostmortem) {
    return {
      ok: false,
      field: "status",
      message: `A ${ctx.severity} incident needs its post-mortem before it can be closed`,
    };
  }
  return { ok: true };
}

export const isOpenStatus = (status: IncidentStatus) => status === "OPEN" || status === "IN_PROGRESS";
