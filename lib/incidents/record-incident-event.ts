// Appends to an incident's timeline, inside the caller's transaction.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type IncidentEventActor = { id: string | null; name: string };

export async function recordIncidentEvent(
  tx: Tx,
  incidentId: string,
  actor: IncidentEventActor,
  kind: string,
  summary: string,
  data?: Prisma.InputJsonObject,
  at = new Date(),
) {
  await tx.incidentEvent.create({
    data: { incidentId, actorId: actor.id, actorName: actor.name, kind, summary, data, at },
  });
}
