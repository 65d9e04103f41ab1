// The deployment gate: may this change deploy at this moment? Pipelines and rollback scripts ask
// before they run. Every reason that says no is listed, so the caller can fix them all at once.
import { windowContaining, type Freeze } from "@/lib/changes/deployment-windows";
import type { ChangeStatus } from "@/lib/changes/lifecycle";
import { changeStatusInSentence } from "@/lib/changes/status-labels";
import type { Environment } from "@/lib/changes/types";

// Scheduled is where a change becomes deployable (inside its slot, a window and no freeze);
// implementing and verifying keep it so at any time, so a rollback script can still run.
export const DEPLOYABLE_STATUSES: readonly ChangeStatus[] = ["SCHEDULED", "IMPLEMENTING", "VERIFYING"];

export type GateInput = {
  status: ChangeStatus;
  environment: Environment;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  emergencyAuthorized: boolean;
  freezes: readonly Freeze[];
};

export type GateVerdict = { allowed: boolean; reasons: string[] };

const iso = (d: Date) => d.toISOString().replace(".000Z", "Z");

export function evaluateGate(change: GateInput, at: Date): GateVerdict {
  // Once implementation has started, finishing it or rolling it back must never be blocked, even when
  // the work overruns its window: stopping half-way is the riskier state.
  if (change.status === "IMPLEMENTING" || change.status === "VERIFYING")
    return { allowed: true, reasons: [] };
  const reasons: string[] = [];
  if (!DEPLOYABLE_STATUSES.includes(change.status)) {
    reasons.push(
      change.status === "APPROVED"
        ? "The change is approved but not scheduled yet"
        : `The change is ${changeStatusInSentence(change.status)}, not scheduled`,
    );
  }
  if (!change.plannedStart || !change.plannedEnd) {
    reasons.push("The change has no planned window");
  } else if (at.getTime() < change.plannedStart.getTime()) {
    reasons.push(`Its planned window opens at ${iso(change.plannedStart)}`);
  } else if (at.getTime() >= change.plannedEnd.getTime()) {
    reasons.push(`Its planned window closed at ${iso(change.plannedEnd)}`);
  }
  // An authorized emergency may deploy outside the weekly windows and through freezes.
  if (!change.emergencyAuthorized) {
    if (!windowContaining(change.environment, at, new Date(at.getTime() + 1))) {
      reasons.push(`${iso(at)} is outside the ${change.environment.toLowerCase()} deployment windows`);
    }
    for (const freeze of change.freezes) {
      if (freeze.start.getTime() <= at.getTime() && at.getTime() < freeze.end.getTime()) {
        reasons.push(
          `A change freeze is in force until ${iso(freeze.end)}${freeze.reason ? ` (${freeze.reason})` : ""}`,
        );
      }
    }
  }
  return { allowed: reasons.length === 0, reasons };
}
