import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { onlyColumns } from "@/lib/db/columns";
import { notFound, staleVersion } from "@/lib/errors";
import type { ServiceResponse, UpdateServiceInput } from "@/lib/services/schemas";
import { toServiceResponse } from "@/lib/services/to-service-response";

// Optimistic concurrency: the row is locked, and the update only applies to the version the client read.
export async function updateService(
  actor: Actor,
  slug: string,
  input: UpdateServiceInput,
): Promise<ServiceResponse> {
  const { version, ...changes } = input;
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT 1 FROM services WHERE slug = ${slug} FOR UPDATE`, { client: tx });
    const current = await tx.service.findUnique({ where: { slug } });
    if (!current) throw notFound(`Service '${slug}'`);
    if (current.version !== version) throw staleVersion(`Service '${slug}'`);
    const row = await tx.service.update({
      where: { slug },
      data: { ...onlyColumns<Prisma.ServiceUpdateInput>()(changes), version: current.version + 1 },
    });
    const before = toServiceResponse(current);
    const after = toServiceResponse(row);
    await recordAudit(tx, {
      actor,
      action: "service.update",
      entityType: "service",
      entityId: slug,
      before,
      after,
    });
    return after;
  });
}
