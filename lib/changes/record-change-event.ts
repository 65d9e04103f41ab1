// Appends to a change's timeline, inside the caller's transaction; moves that team webhooks announce
// (submitted, approved, rejected, scheduled, completed, rolled back) also go to their outbox.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { portalOrigin } from "@/lib/env";
import type { WebhookEventType } from "@/lib/webhooks/events";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";

export type ChangeEventActor = { id: string | null; name: string };

const ANNOUNCED: Partial<Record<string, WebhookEventType>> = {
  APPROVED: "change.approved",
  REJECTED: "change.rejected",
  SCHEDULED: "change.scheduled",
  COMPLETED: "change.completed",
  ROLLED_BACK: "change.rolled_back",
};

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
  const type =
    kind === "SUBMITTED"
      ? "change.submitted"
      : kind === "STATUS_CHANGED"
        ? ANNOUNCED[typeof data?.to === "string" ? data.to : ""]
        : undefined;
  if (!type) return;
  const change = await tx.change.findUnique({
    where: { id: changeId },
    select: {
      id: true,
      key: true,
      title: true,
      status: true,
      category: true,
      environment: true,
      services: true,
      riskLevel: true,
      plannedStart: true,
      plannedEnd: true,
    },
  });
  if (!change) return;
  await recordWebhookEvent(
    tx,
    type,
    {
      change: { ...change, url: `${portalOrigin}/changes/${encodeURIComponent(change.key)}` },
      actor,
      summary,
    },
    at,
  );
}
