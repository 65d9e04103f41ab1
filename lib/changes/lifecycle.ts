// The change lifecycle (PRODUCT.md "Change management"). Submitting moves a draft to the status its
// approval route dictates; a rejected change goes back to draft to be modified and resubmitted.
import type { ApprovalDecision, ApprovalRoute } from "@/lib/changes/approval-route";
import type { ChangeCategory } from "@/lib/changes/types";

export const CHANGE_STATUSES = [
  "DRAFT",
  "IN_TECHNICAL_REVIEW",
  "IN_CAB_REVIEW",
  "APPROVED",
  "REJECTED",
  "SCHEDULED",
  "IMPLEMENTING",
  "VERIFYING",
  "COMPLETED",
  "ROLLED_BACK",
  "CLOSED",
  "CANCELLED",
] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

// Once it has completed, rolled back, closed or been cancelled, a change can no longer be cancelled.
export const TERMINAL_OR_DONE: readonly ChangeStatus[] = ["COMPLETED", "ROLLED_BACK", "CLOSED", "CANCELLED"];
export const isOpenChangeStatus = (s: ChangeStatus) => !TERMINAL_OR_DONE.includes(s);

export const ALLOWED_CHANGE_TRANSITIONS: Record<ChangeStatus, readonly ChangeStatus[]> = {
  DRAFT: ["IN_TECHNICAL_REVIEW", "IN_CAB_REVIEW", "APPROVED", "CANCELLED"],
  IN_TECHNICAL_REVIEW: ["APPROVED", "REJECTED", "CANCELLED"],
  IN_CAB_REVIEW: ["APPROVED", "REJECTED", "CANCELLED"],
  REJECTED: ["DRAFT", "CANCELLED"],
  APPROVED: ["SCHEDULED", "CANCELLED"],
  SCHEDULED: ["IMPLEMENTING", "CANCELLED"],
  IMPLEMENTING: ["VERIFYING", "ROLLED_BACK", "CANCELLED"], // a failed deploy can be rolled back before verification
  VERIFYING: ["COMPLETED", "ROLLED_BACK", "CANCELLED"],
  COMPLETED: ["CLOSED"],
  ROLLED_BACK: ["CLOSED"],
  CLOSED: [],
  CANCELLED: [],
};

// Emergency changes are reviewed by the emergency CAB, which is still a CAB review status.
export function submitStatusFor(route: ApprovalRoute): ChangeStatus {
  if (route === "AUTO") return "APPROVED";
  if (route === "TECHNICAL_REVIEW") return "IN_TECHNICAL_REVIEW";
  return "IN_CAB_REVIEW";
}

export type ChangeTransitionContext = {
  category: ChangeCategory;
  route: ApprovalRoute;
  decision: ApprovalDecision; // the tally of the votes so far
  hasPostImplementationReview: boolean;
};

export type ChangeTransitionVerdict = { ok: true } | { ok: false; message: string };

const IN_REVIEW: readonly ChangeStatus[] = ["IN_TECHNICAL_REVIEW", "IN_CAB_REVIEW"];

export function checkChangeTransition(
  from: ChangeStatus,
  to: ChangeStatus,
  ctx: ChangeTransitionContext,
): ChangeTransitionVerdict {
  if (!ALLOWED_CHANGE_TRANSITIONS[from].includes(to)) {
    return { ok: false, message: `A change cannot go from ${from} to ${to}` };
  }
  // Submitting must follow the route, so nobody can pick "APPROVED" for a change that needs the CAB.
  if (from === "DRAFT" && to !== "CANCELLED" && to !== submitStatusFor(ctx.route)) {
    return { ok: false, message: `This change must be submitted to ${submitStatusFor(ctx.route)}` };
  }
  // Leaving review is decided by the votes, not by whoever moves the status.
  if (IN_REVIEW.includes(from) && to === "APPROVED" && ctx.decision !== "APPROVED")
    return { ok: false, message: "The required approvals have not been given" };
  if (IN_REVIEW.includes(from) && to === "REJECTED" && ctx.decision !== "REJECTED")
    return { ok: false, message: "No eligible reviewer has rejected this change" };
  if (to === "CLOSED" && ctx.category === "EMERGENCY" && !ctx.hasPostImplementationReview) {
    return {
      ok: false,
      message: "An emergency change needs its post-implementation review before it can be closed",
    };
  }
  return { ok: true };
}

// Statuses decided by submitting and voting, never picked by hand through a transition.
export const DECIDED_BY_ROUTE: readonly ChangeStatus[] = [
  "IN_TECHNICAL_REVIEW",
  "IN_CAB_REVIEW",
  "APPROVED",
  "REJECTED",
];

// The statuses someone who may move the change can pick from `from` (submit and votes aside).
export function manualTargets(from: ChangeStatus): ChangeStatus[] {
  return ALLOWED_CHANGE_TRANSITIONS[from].filter((to) => !DECIDED_BY_ROUTE.includes(to));
}

// Approved or scheduled changes can still be edited; an edit that touches what was approved sends the
// change back for approval (lib/changes/reapproval.ts).
export const EDITABLE_AFTER_APPROVAL: readonly ChangeStatus[] = ["APPROVED", "SCHEDULED"];
