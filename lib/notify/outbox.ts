// The outbox: a message to send is a row written in the transaction that caused it (it commits or rolls
// back with the change), sent afterwards by the job queue (lib/notify/deliver.ts). The insert wakes the
// job-running instances through NOTIFY on commit (see the paging_and_deliveries migration).
import "server-only";
import type { Tx } from "@/lib/db";
import { newMessageId } from "@/lib/notify/message-id";
import type { EmailPayload } from "@/lib/notify/transport";

export type DeliveryChannel = "EMAIL" | "CHAT" | "WEBHOOK" | "SUBSCRIPTION";

/** E-mail carries the message; HTTP channels carry the exact JSON body (the signature covers its bytes). */
export type DeliveryPayload = EmailPayload | { body: string } | Record<string, never>;

export type NewDelivery = {
  channel: DeliveryChannel;
  event: string;
  /** The person it is for (EMAIL, CHAT, WEBHOOK: their channels at send time). */
  userId?: string | null;
  /** The team webhook it is for (SUBSCRIPTION: its URL and secrets at send time). */
  subscriptionId?: string | null;
  incidentId?: string | null;
  /** A team webhook's event: its envelope is the body (then `payload` is `{}`). */
  eventId?: string | null;
  /** For the log: the e-mail address, or the URL by its origin only. */
  target: string;
  payload: DeliveryPayload;
};

export async function queueDeliveries(tx: Tx, deliveries: readonly NewDelivery[], now = new Date()) {
  if (deliveries.length === 0) return [];
  const rows = deliveries.map((d) => ({
    id: newMessageId(),
    channel: d.channel,
    event: d.event,
    userId: d.userId ?? null,
    subscriptionId: d.subscriptionId ?? null,
    incidentId: d.incidentId ?? null,
    eventId: d.eventId ?? null,
    target: d.target,
    payload: d.payload,
    createdAt: now,
    nextAttemptAt: now,
  }));
  await tx.notificationDelivery.createMany({ data: rows });
  return rows.map((r) => r.id);
}
