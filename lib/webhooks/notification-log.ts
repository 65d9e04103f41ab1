// The notification log people read (their own; everyone's for ops managers and admins), resending from
// it, and the test message a person sends themselves to check their channels.
import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/permissions";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { portalOrigin } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { channelsFor, type Channel } from "@/lib/escalation/channel-rules";
import { renderChatMessage } from "@/lib/notify/chat-message";
import { renderEmailMessage } from "@/lib/notify/email-message";
import { resendDelivery } from "@/lib/notify/deliver";
import { redactUrl } from "@/lib/notify/notification-channels";
import { queueDeliveries, type NewDelivery } from "@/lib/notify/outbox";
import type { notificationLogQuery } from "@/lib/webhooks/api-schemas";
import { getDelivery, listDeliveries } from "@/lib/webhooks/deliveries";
import { webhookBody } from "@/lib/webhooks/events";

export async function listNotificationLog(viewer: Principal, query: z.infer<typeof notificationLogQuery>) {
  if (query.scope === "all" && !can(viewer.roles, "delivery:read"))
    throw new AppError("FORBIDDEN", "Only ops managers and admins read everyone's notifications");
  return listDeliveries(
    { userId: query.scope === "all" ? undefined : viewer.id, channel: query.channel, status: query.status },
    query,
  );
}

export async function resendNotification(viewer: Principal, deliveryId: string) {
  const everyone = can(viewer.roles, "delivery:read");
  await resendDelivery(viewer, deliveryId, everyone ? {} : { userId: viewer.id });
  const delivery = await getDelivery(deliveryId);
  if (!delivery) throw notFound(`Delivery ${deliveryId}`);
  return { delivery };
}

/** A test message on every channel the person has set up (whatever their severity rules say). */
export async function sendTestNotification(viewer: Principal, now = new Date()) {
  return db.$transaction(async (tx) => {
    const channels = await tx.notificationChannels.findUnique({ where: { userId: viewer.id } });
    const configured: Channel[] = ["EMAIL"];
    if (channels?.chatWebhookUrl) configured.push("CHAT");
    if (channels?.webhookUrl) configured.push("WEBHOOK");
    const all = channelsFor({ P1: ["EMAIL", "CHAT", "WEBHOOK"] }, "P1", configured);
    const message = {
      key: "TEST",
      severity: "P4" as const,
      title: `Test message for ${viewer.name}: your channels work`,
      slaDeadline: null,
      url: `${portalOrigin}/settings/notifications`,
      reason: "You asked for a test message on the Notifications page",
      now,
    };
    const common = { event: "test", userId: viewer.id };
    const outbox: NewDelivery[] = all.map((channel) => {
      if (channel === "EMAIL") {
        const to = channels?.email ?? viewer.email;
        return { ...common, channel, target: to, payload: { to, ...renderEmailMessage(message) } };
      }
      if (channel === "CHAT")
        return {
          ...common,
          channel,
          target: redactUrl(channels?.chatWebhookUrl ?? null) ?? "",
          payload: { body: JSON.stringify(renderChatMessage(message)) },
        };
      return {
        ...common,
        channel,
        target: redactUrl(channels?.webhookUrl ?? null) ?? "",
        payload: {
          body: webhookBody("test", now, {
            recipient: { id: viewer.id, name: viewer.name },
            message: message.title,
          }),
        },
      };
    });
    const ids = await queueDeliveries(tx, outbox, now);
    await recordAudit(tx, {
      actor: viewer,
      action: "notification.test",
      entityType: "user",
      entityId: viewer.id,
      after: { deliveries: ids, channels: all },
    });
    return { messages: outbox.length, channels: all };
  });
}
