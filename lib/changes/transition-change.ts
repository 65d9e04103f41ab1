// Moving an approved change through scheduling, implementation, verification and closure (and
// cancelling it from any open state). Scheduling checks the deployment windows and freezes; rolling
// back records what was done and tells the requester and the ops managers.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { checkSchedule } from "@/lib/changes/deployment-windows";
import { evaluateGate } from "@/lib/changes/gate";
import {
  assertMayMove,
  freezesFor,
  loadChangeRow,
  lockChange,
  toChangeResponse,
  type ChangeRow,
} from "@/lib/changes/get-change";
import { ALLOWED_CHANGE_TRANSITIONS, checkChangeTransition, DECIDED_BY_ROUTE } from "@/lib/changes/lifecycle";
import { recordChangeEvent } from "@/lib/changes/record-change-event";
import { checkApproval, recordResubmission, resubmission } from "@/lib/changes/send-back-for-approval";
import type { ChangeResponse, TransitionInput } from "@/lib/changes/schemas";
import { CHANGE_STATUS_LABELS } from "@/lib/changes/status-labels";
import { db, type Tx } from "@/lib/db";
import { formatInstantRange } from "@/lib/format/instant";
import { AppError } from "@/lib/errors";
import { activeUserIdsWithRoles, notifyUsers } from "@/lib/notifications/notify";

export async function transitionChange(
  actor: Principal,
  key: string,
  input: TransitionInput,
  now = new Date(),
): Promise<ChangeResponse> {
  return db.$transaction(async (tx) => {
    const current = await lockChange(tx, key, input.version);
    assertMayMove(actor, current);
    const { to } = input;
    if (current.status === "DRAFT" && DECIDED_BY_ROUTE.includes(to)) {
      throw new AppError(
        "UNPROCESSABLE",
        `Submit ${key} (POST /api/changes/${key}/submit); its approval route decides where it goes`,
      );
    }
    if (DECIDED_BY_ROUTE.includes(to))
      throw new AppError(
        "UNPROCESSABLE",
        `${CHANGE_STATUS_LABELS[to]} is decided by the reviewers' votes, not set by hand`,
      );
    const notes = input.notes?.trim() || null;
    const emergencyAuthorized = current.category === "EMERGENCY" && current.emergencyAuthorizedById !== null;
    const verdict = checkChangeTransition(current.status, to, {
      category: current.category,
      route: current.approvalRoute ?? "AUTO",
      decision: "PENDING",
      hasPostImplementationReview: !!(notes || current.reviewNotes),
    });
    if (!verdict.ok) {
      // Only a missing post-implementation review is a field to fill in; a move the lifecycle forbids is not.
      const reviewMissing = to === "CLOSED" && ALLOWED_CHANGE_TRANSITIONS[current.status].includes(to);
      throw new AppError(
        "UNPROCESSABLE",
        verdict.message,
        reviewMissing ? { errors: [{ path: "notes", message: verdict.message }] } : {},
      );
    }
    if (to === "ROLLED_BACK" && !notes) {
      throw new AppError("UNPROCESSABLE", "Record what was done to roll it back", {
        errors: [{ path: "notes", message: "Describe the rollback" }],
      });
    }

    let data: Prisma.ChangeUncheckedUpdateInput = { status: to, version: current.version + 1 };
    const extra: string[] = [];
    let reapproved: string[] | null = null;
    if (to === "SCHEDULED") {
      const start = input.plannedStart ? new Date(input.plannedStart) : current.plannedStart;
      const end = input.plannedEnd ? new Date(input.plannedEnd) : current.plannedEnd;
      if (!start || !end)
        throw new AppError("UNPROCESSABLE", "Give a planned start and end to schedule it", {
          errors: [{ path: "plannedStart", message: "Required" }],
        });
      const freezes = await freezesFor(tx, current.environment);
      const schedule = checkSchedule({
        environment: current.environment,
        start,
        end,
        freezes,
        emergencyAuthorized,
      });
      if (!schedule.ok) {
        throw new AppError("UNPROCESSABLE", schedule.reasons.join("; "), {
          errors: schedule.reasons.map((message) => ({ path: "plannedStart", message })),
        });
      }
      // Outside the approved window, the slot needs a new approval on the same route before it is scheduled.
      const verdict = await checkApproval(tx, current, { ...current, plannedStart: start, plannedEnd: end });
      if (verdict.needed) {
        const resubmit = resubmission(current, current.riskLevel, now);
        if (resubmit.route !== "AUTO")
          return sendBack(
            tx,
            actor,
            current,
            { ...resubmit.data, plannedStart: start, plannedEnd: end, version: current.version + 1 },
            verdict.reasons,
            now,
          );
        // Approved again automatically: recorded as its own round, then scheduled as asked.
        data = { ...data, ...resubmit.data, status: to };
        reapproved = verdict.reasons;
      }
      data = { ...data, plannedStart: start, plannedEnd: end, scheduledAt: now };
      extra.push(`for ${formatInstantRange(start, end, { zone: "utc" })}`);
      if (emergencyAuthorized) extra.push("(emergency authorization: windows and freezes do not apply)");
    }
    if (to === "IMPLEMENTING") {
      data.startedAt = now;
      // Recording reality is never refused; starting outside the gate is called out on the timeline.
      const gate = evaluateGate(
        { ...current, emergencyAuthorized, freezes: await freezesFor(tx, current.environment) },
        now,
      );
      if (!gate.allowed) extra.push(`— outside its gate: ${gate.reasons.join("; ")}`);
    }
    if (to === "COMPLETED" || to === "ROLLED_BACK") data.finishedAt = now;
    if (to === "ROLLED_BACK") data.rollbackNotes = notes;
    if (to === "CLOSED") {
      data.closedAt = now;
      if (current.category === "EMERGENCY") data.reviewNotes = notes ?? current.reviewNotes;
      else if (notes) data.closingNotes = notes;
    }
    if (to === "CANCELLED") {
      data.closedAt = now;
      if (notes) data.closingNotes = notes;
    }
    if (to === "DRAFT")
      data = {
        ...data,
        approvalRoute: null,
        quorum: null,
        submittedAt: null,
        approvedAt: null,
        emergencyAuthorizedById: null,
      };

    const before = await toChangeResponse(tx, current, actor);
    await tx.change.update({ where: { key }, data });
    if (reapproved)
      await recordResubmission(tx, actor, current.status, await loadChangeRow(tx, key), reapproved, now);
    const summary =
      current.status === "REJECTED" && to === "DRAFT"
        ? "Back to draft to revise"
        : `${CHANGE_STATUS_LABELS[current.status]} → ${CHANGE_STATUS_LABELS[to]}`;
    await recordChangeEvent(
      tx,
      current.id,
      actor,
      "STATUS_CHANGED",
      [summary, ...extra].join(" "),
      { from: current.status, to, ...(notes ? { notes: notes.slice(0, 2000) } : {}) },
      now,
    );

    if (to === "ROLLED_BACK") {
      const managers = await activeUserIdsWithRoles(tx, ["OPS_MANAGER"]);
      await notifyUsers(
        tx,
        [current.requestedById, ...managers].filter((id) => id !== actor.id),
        {
          kind: "CHANGE_ROLLED_BACK",
          title: `${key} was rolled back`,
          body: `${current.title} — ${notes!.slice(0, 300)}`,
          link: `/changes/${key}`,
        },
      );
    }
    const after = await toChangeResponse(tx, await loadChangeRow(tx, key), actor);
    await recordAudit(tx, {
      actor,
      action: `change.${to.toLowerCase()}`,
      entityType: "change",
      entityId: key,
      before,
      after,
    });
    return after;
  });
}

// Asked to schedule outside the approved window: the change goes back to its reviewers with the new slot.
async function sendBack(
  tx: Tx,
  actor: Principal,
  current: ChangeRow,
  data: Prisma.ChangeUncheckedUpdateInput,
  reasons: string[],
  now: Date,
): Promise<ChangeResponse> {
  const before = await toChangeResponse(tx, current, actor);
  await tx.change.update({ where: { key: current.key }, data });
  const updated = await loadChangeRow(tx, current.key);
  await recordResubmission(tx, actor, current.status, updated, reasons, now);
  const after = await toChangeResponse(tx, updated, actor);
  await recordAudit(tx, {
    actor,
    action: "change.resubmit",
    entityType: "change",
    entityId: current.key,
    before,
    after,
  });
  return after;
}
