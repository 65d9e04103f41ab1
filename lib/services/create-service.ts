import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { onlyColumns } from "@/lib/db/columns";
import { AppError } from "@/lib/errors";
import type { CreateServiceInput, ServiceResponse } from "@/lib/services/schemas";
import { toServiceResponse } from "@/lib/services/to-service-response";

export async function createService(actor: Actor, input: CreateServiceInput): Promise<ServiceResponse> {
  return db.$transaction(async (tx) => {
    const existing = await tx.service.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `A service with slug '${input.slug}' already exists`);
    const row = await tx.service.create({ data: onlyColumns<Prisma.ServiceCreateInput>()(input) });
    const after = toServiceResponse(row);
    await recordAudit(tx, {
      actor,
      action: "service.create",
      entityType: "service",
      entityId: row.slug,
      after,
    });
    return after;
  });
}
