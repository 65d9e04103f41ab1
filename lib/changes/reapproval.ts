// An approval is for what the reviewers saw: the window, the environment, the services, the plans and the
// risk answers. Changing any of it after approval sends the change back to be approved again on the same
// route (a stricter one if the risk now calls for it), except narrowing the window inside the approved one.
// Submitting needs a window, so every approval has one: "approve, then schedule in (part of) that slot" is
// the normal flow and needs no new vote.
import type { ApprovalRoute } from "@/lib/changes/approval-route";
import type { Environment } from "@/lib/changes/types";
import { formatUtcRange } from "@/lib/changes/utc-format";

/** What a change looked like when it was approved (or what it would look like after an edit). */
export type ChangeScope = {
  start: string; // ISO 8601, UTC
  end: string;
  environment: Environment;
  services: readonly string[];
  planDigest: string; // implementation, rollback and verification plans, hashed together
  riskAnswers: Readonly<Record<string, string>>;
};

export type ReapprovalContext = {
  implementerId: string | null; // after the edit
  approverIds: readonly string[]; // who approved the round in force
};

export type ReapprovalVerdict = { needed: false } | { needed: true; reasons: string[] };

/** Whether [start, end) lies inside the approved window (ISO 8601 instants). */
export const isInsideWindow = (approved: { start: string; end: string }, start: string, end: string) =>
  Date.parse(approved.start) <= Date.parse(start) && Date.parse(end) <= Date.parse(approved.end);
const within = (approved: ChangeScope, proposed: ChangeScope) =>
  isInsideWindow(approved, proposed.start, proposed.end);

const sameAnswers = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
};

/** Does this edit of an approved change need a new approval, and why (one reason per difference)? */
export function reapprovalFor(
  approved: ChangeScope,
  proposed: ChangeScope,
  ctx: ReapprovalContext,
): ReapprovalVerdict {
  const reasons: string[] = [];
  if (!within(approved, proposed))
    reasons.push(`Window moved outside the approved ${formatUtcRange(approved.start, approved.end)}`);
  if (approved.environment !== proposed.environment) {
    reasons.push(
      `Environment changed from ${approved.environment.toLowerCase()} to ${proposed.environment.toLowerCase()}`,
    );
  }
  const added = proposed.services.filter((s) => !approved.services.includes(s));
  const removed = approved.services.filter((s) => !proposed.services.includes(s));
  if (added.length + removed.length > 0) {
    reasons.push(
      `Services changed (${[added.length ? `added ${added.join(", ")}` : "", removed.length ? `removed ${removed.join(", ")}` : ""].filter(Boolean).join("; ")})`,
    );
  }
  if (approved.planDigest !== proposed.planDigest) reasons.push("Plans changed since approval");
  if (!sameAnswers(approved.riskAnswers, proposed.riskAnswers))
    reasons.push("Risk answers changed since approval");
  // Separation of duties: an approver who becomes the implementer would have approved their own work.
  if (ctx.implementerId !== null && ctx.approverIds.includes(ctx.implementerId))
    reasons.push("The new implementer approved it");
  return reasons.length ? { needed: true, reasons } : { needed: false };
}

const STRICTNESS: Record<ApprovalRoute, number> = { AUTO: 0, TECHNICAL_REVIEW: 1, CAB: 2, EMERGENCY_CAB: 2 };

/**
 * The route of the new round: the one it was approved on, unless the risk as it now stands needs a stricter
 * one (an edit never lowers the bar). Emergencies stay with the emergency CAB.
 */
export function reapprovalRoute(approvedOn: ApprovalRoute, reassessed: ApprovalRoute): ApprovalRoute {
  if (approvedOn === "EMERGENCY_CAB" || reassessed === "EMERGENCY_CAB") return approvedOn;
  return STRICTNESS[reassessed] > STRICTNESS[approvedOn] ? reassessed : approvedOn;
}

const BACK_TO: Record<ApprovalRoute, string> = {
  AUTO: "approved again automatically",
  TECHNICAL_REVIEW: "back to technical review",
  CAB: "back to CAB review",
  EMERGENCY_CAB: "back to the emergency CAB",
};

/** The timeline line: "Window moved outside the approved Sat 12 Dec 10:00–12:00 UTC: back to CAB review". */
export function reapprovalSummary(reasons: readonly string[], route: ApprovalRoute): string {
  return `${reasons.join("; ")}: ${BACK_TO[route]}`;
}

/**
 * Said on the schedule form before the click: what scheduling [start, end) does when it lies outside the
 * approved window (null when it does not, or nothing is approved yet).
 */
export function reapprovalNotice(
  approved: { start: string; end: string } | null,
  route: ApprovalRoute | null,
  start: string | undefined,
  end: string | undefined,
): string | null {
  if (
    !approved ||
    !start ||
    !end ||
    Date.parse(end) <= Date.parse(start) ||
    isInsideWindow(approved, start, end)
  )
    return null;
  const outside = `Outside the approved ${formatUtcRange(approved.start, approved.end)}`;
  if (!route || route === "AUTO") return `${outside}: it is approved again automatically, as a new round.`;
  return `${outside}: this sends it ${BACK_TO[route]} for a new vote before it can be scheduled.`;
}
