// Editing a change. A draft is edited freely and its risk assessed again on every save. An approved or
// scheduled change may still be edited, but an edit that touches what was approved (the window beyond the
// approved one, the environment, services, plans or risk answers) sends it back for approval.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { assertActiveUser, riskColumns } from "@/lib/changes/create-change";
import { checkSchedule } from "@/lib/changes/deployment-windows";
import { EDITABLE_AFTER_APPROVAL } from "@/lib/changes/lifecycle";
import {
  assertMayMove,
  freezesFor,
  loadChangeRow,
  lockChange,
  toChangeResponse,
} from "@/lib/changes/get-change";
import type { ReapprovalVerdict } from "@/lib/changes/reapproval";
import { recordChangeEvent } from "@/lib/changes/record-change-event";
import type { RiskAnswers } from "@/lib/changes/risk-policy";
import type { ChangeResponse, UpdateChangeInput } from "@/lib/changes/schemas";
import { checkApproval, recordResubmission, resubmission } from "@/lib/changes/send-back-for-approval";
import { changeStatusInSentence } from "@/lib/changes/status-labels";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertServicesExist } from "@/lib/incidents/create-incident";

export async function updateChange(
  actor: Principal,
  key: string,
  input: UpdateChangeInput,
  now = new Date(),
): Promise<ChangeResponse> {
  return db.$transaction(async (tx) => {
    const current = await lockChange(tx, key, input.version);
    assertMayMove(actor, current);
    const isDraft = current.status === "DRAFT";
    if (!isDraft && !EDITABLE_AFTER_APPROVAL.includes(current.status)) {
      throw new AppError(
        "UNPROCESSABLE",
        `${key} is ${changeStatusInSentence(current.status)}; only a draft, or an approved or scheduled change, can be edited${current.status === "REJECTED" ? " (revise it back to draft first)" : ""}`,
      );
    }
    // The category decides the route; a different category is a different change.
    if (!isDraft && input.category !== undefined && input.category !== current.category) {
      const message = "The category is fixed once the change is approved; cancel it and raise a new one";
      throw new AppError("UNPROCESSABLE", message, { errors: [{ path: "category", message }] });
    }
    const services = input.services
      ? await assertServicesExist(tx, input.services, "services")
      : current.services;
    if (input.implementerId) await assertActiveUser(tx, input.implementerId, "implementerId");
    const plannedStart = input.plannedStart ? new Date(input.plannedStart) : current.plannedStart;
    const plannedEnd = input.plannedEnd ? new Date(input.plannedEnd) : current.plannedEnd;
    if (plannedStart && plannedEnd && plannedEnd.getTime() <= plannedStart.getTime()) {
      throw new AppError("UNPROCESSABLE", "The planned end must be after the planned start", {
        errors: [{ path: "plannedEnd", message: "Must be after the planned start" }],
      });
    }
    const category = input.category ?? current.category;
    const environment = input.environment ?? current.environment;
    const answers = (input.riskAnswers ?? current.riskAnswers) as RiskAnswers;
    // `satisfies`: every key is a column of Change (a misspelt one does not compile).
    const fields = {
      title: input.title ?? current.title,
      description: input.description ?? current.description,
      category,
      environment,
      services,
      plannedStart,
      plannedEnd,
      implementationPlan: input.implementationPlan ?? current.implementationPlan,
      rollbackPlan: input.rollbackPlan ?? current.rollbackPlan,
      verificationPlan: input.verificationPlan ?? current.verificationPlan,
      implementerId: input.implementerId === undefined ? current.implementerId : input.implementerId,
    } satisfies Prisma.ChangeUncheckedUpdateInput;
    const risk = riskColumns(answers, environment, category, services.length);
    let data: Prisma.ChangeUncheckedUpdateInput = { ...fields, version: current.version + 1 };
    let verdict: ReapprovalVerdict = { needed: false };
    if (isDraft) data = { ...data, ...risk };
    else {
      verdict = await checkApproval(tx, current, { ...fields, riskAnswers: answers });
      // A new round is a new submission: the risk is assessed again, as submitting does.
      if (verdict.needed) data = { ...data, ...risk, ...resubmission(current, risk.riskLevel, now).data };
      else if (current.status === "SCHEDULED" && plannedStart && plannedEnd) {
        // Narrowed inside the approved window: still approved, but the slot must still be deployable.
        const emergencyAuthorized =
          current.category === "EMERGENCY" && current.emergencyAuthorizedById !== null;
        const schedule = checkSchedule({
          environment,
          start: plannedStart,
          end: plannedEnd,
          freezes: await freezesFor(tx, environment),
          emergencyAuthorized,
        });
        if (!schedule.ok)
          throw new AppError("UNPROCESSABLE", schedule.reasons.join("; "), {
            errors: schedule.reasons.map((message) => ({ path: "plannedStart", message })),
          });
      }
    }

    const before = await toChangeResponse(tx, current, actor);
    await tx.change.update({ where: { key }, data });
    const updated = await loadChangeRow(tx, key);
    const summary =
      updated.riskScore !== current.riskScore
        ? `Edited; risk now ${updated.riskLevel} (${updated.riskScore})`
        : "Edited";
    await recordChangeEvent(
      tx,
      current.id,
      actor,
      "EDITED",
      summary,
      { fields: Object.keys(input).filter((k) => k !== "version") },
      now,
    );
    if (verdict.needed) await recordResubmission(tx, actor, current.status, updated, verdict.reasons, now);
    const after = await toChangeResponse(tx, updated, actor);
    await recordAudit(tx, {
      actor,
      action: verdict.needed ? "change.resubmit" : "change.update",
      entityType: "change",
      entityId: key,
      before,
      after,
    });
    return after;
  });
}
