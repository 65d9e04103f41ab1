// Declared change freezes: listed on the calendar, checked when scheduling and by the gate.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import type { CreateFreezeInput, FreezeResponse } from "@/lib/changes/schemas";
import { db, type Tx } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { AppError, notFound } from "@/lib/errors";

type FreezeRow = Awaited<ReturnType<typeof db.changeFreeze.findFirstOrThrow>>;

export async function toFreezeResponses(
  client: Tx | typeof db,
  rows: FreezeRow[],
): Promise<FreezeResponse[]> {
  const creators = await client.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } },
    select: { id: true, name: true },
  });
  return rows.map((f) => ({
    id: f.id,
    title: f.title,
    startsAt: f.startsAt.toISOString(),
    endsAt: f.endsAt.toISOString(),
    environments: f.environments,
    createdBy: creators.find((c) => c.id === f.createdById) ?? null,
    version: f.version,
  }));
}

export async function listFreezes(
  from: Date,
  to: Date,
  client: Tx | typeof db = db,
): Promise<FreezeResponse[]> {
  const rows = await client.changeFreeze.findMany({
    where: { startsAt: { lt: to }, endsAt: { gt: from } },
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  return toFreezeResponses(client, rows);
}

export async function createFreeze(actor: Principal, input: CreateFreezeInput): Promise<FreezeResponse> {
  return db.$transaction(async (tx) => {
    const row = await tx.changeFreeze.create({
      data: {
        title: input.title,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        environments: [...new Set(input.environments)],
        createdById: actor.id,
      },
    });
    const [response] = await toFreezeResponses(tx, [row]);
    await recordAudit(tx, {
      actor,
      action: "change_freeze.create",
      entityType: "change_freeze",
      entityId: row.id,
      after: response,
    });
    return response!;
  });
}

// Lifting a freeze. Changes already scheduled stay scheduled; the gate stops refusing them.
export async function deleteFreeze(actor: Principal, id: string, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT 1 FROM change_freezes WHERE id = ${id}::uuid FOR UPDATE`, {
      client: tx,
    });
    const row = await tx.changeFreeze.findUnique({ where: { id } });
    if (!row) throw notFound("Freeze");
    if (row.version !== version)
      throw new AppError(
        "CONFLICT",
        "The freeze was changed by someone else since you read it; reload and try again",
      );
    const [before] = await toFreezeResponses(tx, [row]);
    await tx.changeFreeze.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: "change_freeze.delete",
      entityType: "change_freeze",
      entityId: id,
      before,
    });
  });
}
