// API routes: team webhooks (subscriptions) with their delivery logs, and the notification log.
import { defineRoute } from "@/lib/api/define-route";
import {
  notificationDeliveryParams,
  notificationLogQuery,
  testPageResponse,
} from "@/lib/webhooks/api-schemas";
import {
  createWebhookInput,
  deleteWebhookQuery,
  deliveryListQuery,
  deliveryPage,
  deliveryParams,
  resendResponse,
  updateWebhookInput,
  webhookListResponse,
  webhookParams,
  webhookResponse,
  webhookWithSecret,
} from "@/lib/webhooks/schemas";

const TAG = "Notifications";

export const webhookRoutes = {
  listWebhooks: defineRoute({
    method: "GET",
    path: "/api/webhooks",
    summary: "Team webhooks with their 24-hour delivery figures, and every event one may receive",
    tag: TAG,
    permission: "webhook:read",
    response: webhookListResponse,
  }),
  createWebhook: defineRoute({
    method: "POST",
    path: "/api/webhooks",
    summary:
      "Subscribe a receiver to events; deliveries are signed per Standard Webhooks with the secret in this answer (shown once)",
    tag: TAG,
    permission: "webhook:manage",
    body: createWebhookInput,
    response: webhookWithSecret,
    status: 201,
  }),
  getWebhook: defineRoute({
    method: "GET",
    path: "/api/webhooks/{id}",
    summary: "One team webhook: URL, events, state and 24-hour figures (never its secret)",
    tag: TAG,
    permission: "webhook:read",
    params: webhookParams,
    response: webhookResponse,
  }),
  updateWebhook: defineRoute({
    method: "PATCH",
    path: "/api/webhooks/{id}",
    summary:
      "Edit, pause (isActive: false) or rotate the secret (the previous one signs for 24 h more); send the version you read",
    tag: TAG,
    permission: "webhook:manage",
    params: webhookParams,
    body: updateWebhookInput,
    response: webhookWithSecret,
  }),
  deleteWebhook: defineRoute({
    method: "DELETE",
    path: "/api/webhooks/{id}",
    summary: "Delete a team webhook (send ?version=); its delivery log stays",
    tag: TAG,
    permission: "webhook:manage",
    params: webhookParams,
    query: deleteWebhookQuery,
    status: 204,
  }),
  listWebhookDeliveries: defineRoute({
    method: "GET",
    path: "/api/webhooks/{id}/deliveries",
    summary:
      "A team webhook's delivery log, newest first: each attempt's status code, duration, error and the next retry",
    tag: TAG,
    permission: "webhook:read",
    params: webhookParams,
    query: deliveryListQuery,
    response: deliveryPage,
  }),
  resendWebhookDelivery: defineRoute({
    method: "POST",
    path: "/api/webhooks/{id}/deliveries/{deliveryId}/resend",
    summary: "Send a delivery again now, with the same webhook-id and body (receivers deduplicate on it)",
    tag: TAG,
    permission: "webhook:manage",
    params: deliveryParams,
    response: resendResponse,
  }),
  listNotificationLog: defineRoute({
    method: "GET",
    path: "/api/notification-deliveries",
    summary:
      "What the portal sent you (scope=mine) or everyone (scope=all, ops managers and admins): e-mail, chat and webhooks, with attempts",
    tag: TAG,
    permission: "channels:own",
    query: notificationLogQuery,
    response: deliveryPage,
  }),
  resendNotification: defineRoute({
    method: "POST",
    path: "/api/notification-deliveries/{deliveryId}/resend",
    summary: "Send one of your notifications again now (ops managers and admins: anyone's), same id and body",
    tag: TAG,
    permission: "channels:own",
    params: notificationDeliveryParams,
    response: resendResponse,
  }),
  sendTestNotification: defineRoute({
    method: "POST",
    path: "/api/me/notification-channels/test",
    summary: "Send yourself a test message on every channel you have set up; the log shows what happened",
    tag: TAG,
    permission: "channels:own",
    response: testPageResponse,
  }),
} as const;
