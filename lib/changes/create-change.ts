// Raising a change (a draft) and editing it while it is a draft. The risk is assessed on every save,
// so the requester sees the score, its factors and the route it will take before submitting.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { formatChangeKey } from "@/lib/changes/change-key";
import { assertMayMove, loadChangeRow, lockChange, toChangeResponse } from "@/lib/changes/load-change";
import { recordChangeEvent } from "@/lib/changes/record-change-event";
import { assessRisk, type RiskAnswers } from "@/lib/changes/risk-policy";
import type { ChangeResponse, CreateChangeInput, UpdateChangeInput } from "@/lib/changes/schemas";
import type { ChangeCategory, Environment } from "@/lib/changes/types";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertServicesExist } from "@/lib/incidents/create-incident";

async function nextChangeKey(year: number): Promise<string> {
  const [row] = await db.$queryRaw<{ last_seq: number }[]>`
    INSERT INTO change_key_counters (year, last_seq) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last_seq = change_key_counters.last_seq + 1
    RETURNING last_seq`;
  return formatChangeKey(year, row!.last_seq);
}

async function assertActiveUser(tx: Tx | typeof db, id: string, path: string) {
  const user = await tx.user.findUnique({ where: { id }, select: { isActive: true } });
  if (!user?.isActive) throw new AppError("UNPROCESSABLE", "The implementer is not an active user", { errors: [{ path, message: "Not an active user" }] });
}

export function riskColumns(answers: RiskAnswers, environment: Environment, category: ChangeCategory, serviceCount: number) {
  const assessment = assessRisk(answers, { environment, category, serviceCount });
  return {
    riskAnswers: answers as Prisma.InputJsonObject,
    riskScore: assessment.score,
    riskLevel: assessment.level,
    riskFactors: assessment.factors as unknown as Prisma.InputJsonArray,
    riskPolicyVersion: assessment.version,
  };
}

export async function createChange(actor: Principal, input: CreateChangeInput, now = new Date()): Promise<ChangeResponse> {
  const services = await assertServicesExist(db, input.services, "services");
  if (input.implementerId) await assertActiveUser(db, input.implementerId, "implementerId");
  const key = await nextChangeKey(now.getUTCFullYear());
  return db.$transaction(async (tx) => {
    const change = await tx.change.create({
      data: {
        key,
        title: input.title,
        description: input.description,
        category: input.category,
        environment: input.environment,
        services,
        plannedStart: new Date(input.plannedStart),
        plannedEnd: new Date(input.plannedEnd),
        implementationPlan: input.implementationPlan,
        rollbackPlan: input.rollbackPlan,
        verificationPlan: input.verificationPlan,
        implementerId: input.implementerId ?? null,
        requestedById: actor.id,
        createdAt: now,
        ...riskColumns(input.riskAnswers as RiskAnswers, input.environment, input.category, services.length),
      },
    });
    await recordChangeEvent(tx, change.id, actor, "CREATED", `Raised as a ${input.category.toLowerCase()} ${input.environment.toLowerCase()} change, ${change.riskLevel} risk (${change.riskScore})`, { riskScore: change.riskScore, riskLevel: change.riskLevel }, now);
    const response = await toChangeResponse(tx, await loadChangeRow(tx, key), actor);
    await recordAudit(tx, { actor, action: "change.create", entityType: "change", entityId: key, after: response });
    return response;
  });
}

export async function updateChange(actor: Principal, key: string, input: UpdateChangeInput): Promise<ChangeResponse> {
  return db.$transaction(async (tx) => {
    const current = await lockChange(tx, key, input.version);
    assertMayMove(actor, current);
    if (current.status !== "DRAFT") {
      throw new AppError("UNPROCESSABLE", `${key} is ${current.status.toLowerCase().replaceAll("_", " ")}; only a draft can be edited${current.status === "REJECTED" ? " (revise it back to draft first)" : ""}`);
    }
    const services = input.services ? await assertServicesExist(tx, input.services, "services") : current.services;
    if (input.implementerId) await assertActiveUser(tx, input.implementerId, "implementerId");
    const plannedStart = input.plannedStart ? new Date(input.plannedStart) : current.plannedStart;
    const plannedEnd = input.plannedEnd ? new Date(input.plannedEnd) : current.plannedEnd;
    if (plannedStart && plannedEnd && plannedEnd.getTime() <= plannedStart.getTime()) {
      throw new AppError("UNPROCESSABLE", "The planned end must be after the planned start", { errors: [{ path: "plannedEnd", message: "Must be after the planned start" }] });
    }
    const category = input.category ?? current.category;
    const environment = input.environment ?? current.environment;
    const answers = (input.riskAnswers ?? current.riskAnswers) as RiskAnswers;
    const before = await toChangeResponse(tx, current, actor);
    await tx.change.update({
      where: { key },
      data: {
        title: input.title,
        description: input.description,
        category,
        environment,
        services,
        plannedStart,
        plannedEnd,
        implementationPlan: input.implementationPlan,
        rollbackPlan: input.rollbackPlan,
        verificationPlan: input.verificationPlan,
        implementerId: input.implementerId === undefined ? undefined : input.implementerId,
        ...riskColumns(answers, environment, category, services.length),
        version: current.version + 1,
      },
    });
    const updated = await loadChangeRow(tx, key);
    const summary = updated.riskScore !== current.riskScore ? `Edited; risk now ${updated.riskLevel} (${updated.riskScore})` : "Edited";
    await recordChangeEvent(tx, current.id, actor, "EDITED", summary, { fields: Object.keys(input).filter((k) => k !== "version") });
    const after = await toChangeResponse(tx, updated, actor);
    await recordAudit(tx, { actor, action: "change.update", entityType: "change", entityId: key, before, after });
    return after;
  });
}
