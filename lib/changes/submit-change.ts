// Submitting a draft: the risk is assessed again under the current policy, the route decided, and the
// change moved to the status its route dictates. Reviewers are notified; auto-approved changes are done.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { ELIGIBLE_ROLES, routeFor, approvalsNeeded } from "@/lib/changes/approval-route";
import { approvedEventData } from "@/lib/changes/approved-scope";
import { riskColumns } from "@/lib/changes/create-change";
import { assertMayMove, loadChangeRow, lockChange, toChangeResponse } from "@/lib/changes/get-change";
import { submitStatusFor } from "@/lib/changes/lifecycle";
import { recordChangeEvent } from "@/lib/changes/record-change-event";
import type { RiskAnswers } from "@/lib/changes/risk-policy";
import type { ChangeResponse } from "@/lib/changes/schemas";
import { changeStatusInSentence } from "@/lib/changes/status-labels";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { activeUserIdsWithRoles, notifyUsers } from "@/lib/notifications/notify";

const ROUTE_LABELS = {
  AUTO: "approved automatically",
  TECHNICAL_REVIEW: "technical review",
  CAB: "the CAB",
  EMERGENCY_CAB: "the emergency CAB",
} as const;

export async function submitChange(
  actor: Principal,
  key: string,
  version: number,
  now = new Date(),
): Promise<ChangeResponse> {
  return db.$transaction(async (tx) => {
    const current = await lockChange(tx, key, version);
    assertMayMove(actor, current);
    if (current.status !== "DRAFT")
      throw new AppError(
        "UNPROCESSABLE",
        `${key} is ${changeStatusInSentence(current.status)}; only a draft can be submitted`,
      );
    if (!current.plannedStart || !current.plannedEnd)
      throw new AppError("UNPROCESSABLE", "Plan a window before submitting", {
        errors: [{ path: "plannedStart", message: "Required" }],
      });

    const risk = riskColumns(
      current.riskAnswers as RiskAnswers,
      current.environment,
      current.category,
      current.services.length,
    );
    const route = routeFor(current.category, risk.riskLevel);
    const status = submitStatusFor(route);
    const quorum = route === "CAB" ? env.CAB_QUORUM : null;
    const before = await toChangeResponse(tx, current, actor);
    await tx.change.update({
      where: { key },
      data: {
        ...risk,
        approvalRoute: route,
        quorum,
        round: current.round + 1,
        status,
        submittedAt: now,
        approvedAt: status === "APPROVED" ? now : null,
        version: current.version + 1,
      },
    });
    const needed = approvalsNeeded(route, quorum ?? undefined);
    await recordChangeEvent(
      tx,
      current.id,
      actor,
      "SUBMITTED",
      route === "AUTO"
        ? `Submitted; ${risk.riskLevel} risk (${risk.riskScore}), approved automatically`
        : `Submitted to ${ROUTE_LABELS[route]}; ${risk.riskLevel} risk (${risk.riskScore}), ${needed} approval${needed > 1 ? "s" : ""} needed`,
      // Approved automatically: this event is the approval, so it records what was approved.
      {
        route,
        riskScore: risk.riskScore,
        riskLevel: risk.riskLevel,
        policy: risk.riskPolicyVersion,
        round: current.round + 1,
        ...(route === "AUTO" ? approvedEventData(current, current.round + 1) : {}),
      },
      now,
    );
    if (route !== "AUTO") {
      const reviewers = (await activeUserIdsWithRoles(tx, ELIGIBLE_ROLES[route])).filter(
        (id) => id !== current.requestedById && id !== current.implementerId,
      );
      await notifyUsers(tx, reviewers, {
        kind: "CHANGE_REVIEW",
        title: `${key} awaits your vote (${ROUTE_LABELS[route]})`,
        body: `${current.title} — ${risk.riskLevel} risk, ${current.environment.toLowerCase()}`,
        link: `/changes/${key}`,
      });
    }
    const after = await toChangeResponse(tx, await loadChangeRow(tx, key), actor);
    await recordAudit(tx, {
      actor,
      action: "change.submit",
      entityType: "change",
      entityId: key,
      before,
      after,
    });
    return after;
  });
}
