// One message of the notification log with what it said, for the person it was sent to or anyone who
// reads everyone's log (delivery:read); hidden from everyone else as if it did not exist.
import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { NotificationDetailResponse } from "@/lib/api/routes/notification-log";
import { getDelivery } from "@/lib/webhooks/deliveries";
import { webhookBody } from "@/lib/webhooks/events";

type Message = NotificationDetailResponse["message"];

const text = (v: unknown) => (typeof v === "string" ? v : "");

/** The stored payload as the API shows it: an e-mail's parts, or the body an HTTP channel sent. */
function toMessage(channel: string, payload: unknown): Message {
  const p = (payload ?? {}) as Record<string, unknown>;
  if (channel === "EMAIL")
    return { to: text(p.to), subject: text(p.subject), text: text(p.text), html: text(p.html) };
  return { body: text(p.body) };
}

export async function getNotification(
  viewer: Principal,
  deliveryId: string,
): Promise<NotificationDetailResponse> {
  const row = await db.notificationDelivery.findUnique({
    where: { id: deliveryId },
    select: { userId: true, channel: true, payload: true, eventId: true },
  });
  if (!row || (row.userId !== viewer.id && !can(viewer.roles, "delivery:read")))
    throw notFound(`Delivery ${deliveryId}`);
  const delivery = await getDelivery(deliveryId);
  if (!delivery) throw notFound(`Delivery ${deliveryId}`);
  // A team webhook's body is its event's envelope, built as each attempt builds it.
  const event = row.eventId ? await db.webhookEvent.findUnique({ where: { id: row.eventId } }) : null;
  const message = event
    ? { body: webhookBody(event.type, event.createdAt, event.data) }
    : toMessage(row.channel, row.payload);
  return { ...delivery, message };
}
