// Appends an event to the team webhooks' outbox in the caller's transaction (or, as SQL, in the caller's
// statement); lib/webhooks/dispatch.ts fans it out to the subscriptions that want it after commit.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { newMessageId } from "@/lib/notify/message-id";
import type { WebhookEventType } from "@/lib/webhooks/events";

export async function recordWebhookEvent(tx: Tx, type: WebhookEventType, data: object, at = new Date()) {
  await tx.webhookEvent.create({
    data: { id: newMessageId(), type, data: data, createdAt: at },
  });
}

/** The same as one `INSERT` for a statement that writes more (an incident's report). */
export function webhookEventInsert(type: WebhookEventType, data: object, at: Date): Prisma.Sql {
  return Prisma.sql`INSERT INTO webhook_events (id, type, data, created_at)
    VALUES (${newMessageId()}, ${type}, ${JSON.stringify(data)}::jsonb, ${at})`;
}
