// Appends to a change's timeline, inside the caller's transaction.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type ChangeEventActor = { id: string | null; name: string };

export async function recordChangeEvent(
  tx: Tx,
  changeId: string,
  actor: ChangeEventActor,
  kind: string,
  summary: string,
  data?: Prisma.InputJsonObject,
  at = new Date(),
) {
  await tx.changeEvent.create({
    data: { changeId, actorId: actor.id, actorName: actor.name, kind, summary, data, at },
  });
}
