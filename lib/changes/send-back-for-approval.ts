// Sending an approved change back for approval after it was moved or edited: a new round on the route it was
// approved on (so the earlier round's votes no longer count), the reason on the timeline, reviewers told.
// Runs inside the caller's transaction, which holds the row lock, checks the version and writes the audit.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/principal";
import { ELIGIBLE_ROLES, routeFor, type ApprovalRoute } from "@/lib/changes/approval-route";
import { approvedEventData, loadApprovedScope, scopeOf } from "@/lib/changes/approved-scope";
import { EDITABLE_AFTER_APPROVAL, submitStatusFor, type ChangeStatus } from "@/lib/changes/lifecycle";
import type { ChangeRow } from "@/lib/changes/get-change";
import {
  reapprovalFor,
  reapprovalRoute,
  reapprovalSummary,
  type ReapprovalVerdict,
} from "@/lib/changes/reapproval";
import { recordChangeEvent } from "@/lib/changes/record-change-event";
import type { RiskLevel } from "@/lib/changes/types";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { activeUserIdsWithRoles, notifyUsers } from "@/lib/notifications/notify";

type Proposed = Pick<
  ChangeRow,
  | "plannedStart"
  | "plannedEnd"
  | "environment"
  | "services"
  | "implementationPlan"
  | "rollbackPlan"
  | "verificationPlan"
  | "riskAnswers"
  | "implementerId"
>;

/** Whether `proposed` (the change after a move or an edit) still falls under the approval in force. */
export async function checkApproval(
  tx: Tx,
  current: ChangeRow,
  proposed: Proposed,
): Promise<ReapprovalVerdict> {
  if (!EDITABLE_AFTER_APPROVAL.includes(current.status)) return { needed: false };
  const approved = await loadApprovedScope(tx, current);
  const next = scopeOf(proposed);
  if (!approved || !next) return { needed: false };
  const approverIds = current.votes
    .filter((v) => v.round === current.round && v.decision === "APPROVE")
    .map((v) => v.approverId);
  return reapprovalFor(approved, next, { implementerId: proposed.implementerId, approverIds });
}

export type Resubmission = {
  route: ApprovalRoute;
  status: ChangeStatus;
  data: Prisma.ChangeUncheckedUpdateInput;
};

/** The columns of the new round: `riskLevel` is the risk as it now stands, which may call for a stricter route. */
export function resubmission(current: ChangeRow, riskLevel: RiskLevel, now: Date): Resubmission {
  const route = reapprovalRoute(current.approvalRoute ?? "AUTO", routeFor(current.category, riskLevel));
  const status = submitStatusFor(route);
  return {
    route,
    status,
    data: {
      approvalRoute: route,
      quorum: route === "CAB" ? env.CAB_QUORUM : null,
      round: current.round + 1,
      status,
      submittedAt: now,
      approvedAt: status === "APPROVED" ? now : null,
      scheduledAt: null,
      // An emergency authorization was for the emergency as it was described; it is given again or not.
      emergencyAuthorizedById: null,
    },
  };
}

const REVIEW_LABELS: Record<ApprovalRoute, string> = {
  AUTO: "",
  TECHNICAL_REVIEW: "technical review",
  CAB: "the CAB",
  EMERGENCY_CAB: "the emergency CAB",
};

/** After the row was updated with `resubmission(...).data`: the timeline says why, reviewers are told. */
export async function recordResubmission(
  tx: Tx,
  actor: Principal,
  from: ChangeStatus,
  updated: ChangeRow,
  reasons: readonly string[],
  now: Date,
) {
  const route = updated.approvalRoute ?? "AUTO";
  await recordChangeEvent(
    tx,
    updated.id,
    actor,
    "REAPPROVAL",
    reapprovalSummary(reasons, route),
    {
      from,
      to: updated.status,
      route,
      round: updated.round,
      reasons: [...reasons],
      // Approved automatically: this event is the approval, so it records what was approved.
      ...(route === "AUTO" ? approvedEventData(updated, updated.round) : {}),
    },
    now,
  );
  if (route === "AUTO") return;
  const reviewers = (await activeUserIdsWithRoles(tx, ELIGIBLE_ROLES[route])).filter(
    (id) => id !== updated.requestedById && id !== updated.implementerId,
  );
  await notifyUsers(tx, reviewers, {
    kind: "CHANGE_REVIEW",
    title: `${updated.key} awaits your vote again (${REVIEW_LABELS[route]})`,
    body: `${updated.title} — ${reasons.join("; ")}`.slice(0, 500),
    link: `/changes/${updated.key}`,
  });
}
