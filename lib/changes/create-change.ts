// Raising a change (a draft). The risk is assessed on every save (here and in update-change.ts), so the
// requester sees the score, its factors and the route it will take before submitting.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { formatChangeKey } from "@/lib/changes/change-key";
import { loadChangeRow, toChangeResponse } from "@/lib/changes/get-change";
import { recordChangeEvent } from "@/lib/changes/record-change-event";
import { assessRisk, type RiskAnswers } from "@/lib/changes/risk-policy";
import type { ChangeResponse, CreateChangeInput } from "@/lib/changes/schemas";
import type { ChangeCategory, Environment } from "@/lib/changes/types";
import { db, type Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { assertServicesExist } from "@/lib/incidents/create-incident";

async function nextChangeKey(year: number): Promise<string> {
  const [row] = await sqlRows<{ last_seq: number }>(
    Prisma.sql`
    INSERT INTO change_key_counters (year, last_seq) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last_seq = change_key_counters.last_seq + 1
    RETURNING last_seq`,
    { client: db },
  );
  return formatChangeKey(year, row!.last_seq);
}

export async function assertActiveUser(tx: Tx | typeof db, id: string, path: string) {
  const user = await tx.user.findUnique({ where: { id }, select: { isActive: true } });
  if (!user?.isActive)
    throw new AppError("UNPROCESSABLE", "The implementer is not an active user", {
      errors: [{ path, message: "Not an active user" }],
    });
}

export function riskColumns(
  answers: RiskAnswers,
  environment: Environment,
  category: ChangeCategory,
  serviceCount: number,
) {
  const assessment = assessRisk(answers, { environment, category, serviceCount });
  return {
    riskAnswers: answers as Prisma.InputJsonObject,
    riskScore: assessment.score,
    riskLevel: assessment.level,
    riskFactors: assessment.factors as unknown as Prisma.InputJsonArray,
    riskPolicyVersion: assessment.version,
  } satisfies Prisma.ChangeUncheckedUpdateInput;
}

export async function createChange(
  actor: Principal,
  input: CreateChangeInput,
  now = new Date(),
): Promise<ChangeResponse> {
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
    await recordChangeEvent(
      tx,
      change.id,
      actor,
      "CREATED",
      `Raised as a ${input.category.toLowerCase()} ${input.environment.toLowerCase()} change, ${change.riskLevel} risk (${change.riskScore})`,
      { riskScore: change.riskScore, riskLevel: change.riskLevel },
      now,
    );
    const response = await toChangeResponse(tx, await loadChangeRow(tx, key), actor);
    await recordAudit(tx, {
      actor,
      action: "change.create",
      entityType: "change",
      entityId: key,
      after: response,
    });
    return response;
  });
}
