// API routes: one message of the notification log, with what it said (the outbox page shows it as the
// recipient sees it). The list, resend and the test message are in webhooks.ts.
import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import { notificationDeliveryParams } from "@/lib/webhooks/api-schemas";
import { deliveryResponse } from "@/lib/webhooks/schemas";

const TAG = "Notifications";

export const emailMessage = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().describe("The HTML part as sent; show it sandboxed, never as the page's own markup"),
});
export const bodyMessage = z.object({
  body: z.string().describe("The exact JSON body sent (the signature covers these bytes)"),
});

export const notificationDetailResponse = deliveryResponse.extend({
  message: z
    .union([emailMessage, bodyMessage])
    .describe("E-mail: to, subject, text and html; chat and webhooks: the body"),
});
export type NotificationDetailResponse = z.infer<typeof notificationDetailResponse>;

export const notificationLogRoutes = {
  getNotificationDelivery: defineRoute({
    method: "GET",
    path: "/api/notification-deliveries/{deliveryId}",
    summary:
      "One message of the notification log with what it said: yours, or anyone's for ops managers and admins (404 otherwise)",
    tag: TAG,
    permission: "channels:own",
    params: notificationDeliveryParams,
    response: notificationDetailResponse,
  }),
} as const;
