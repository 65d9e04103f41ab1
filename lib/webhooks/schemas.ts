// Team webhooks (subscriptions) and the delivery log, as the API takes and answers them.
import { z } from "zod";
import { listLimit, pageResponse } from "@/lib/api/pagination";
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";

export const MAX_WEBHOOK_URL_LENGTH = 2000;

const eventName = z.enum([ALL_EVENTS, ...WEBHOOK_EVENT_TYPES], {
  error: `One of ${WEBHOOK_EVENT_TYPES.join(", ")}, or * for every event`,
});
const eventList = z
  .array(eventName)
  .min(1, "Choose at least one event")
  .max(WEBHOOK_EVENT_TYPES.length + 1)
  .refine((list) => new Set(list).size === list.length, "Each event once");
const webhookUrl = z
  .string()
  .trim()
  .min(1, "Enter the receiver's URL")
  .max(MAX_WEBHOOK_URL_LENGTH, `At most ${MAX_WEBHOOK_URL_LENGTH} characters`);

export const createWebhookInput = z.strictObject({
  name: z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters"),
  url: webhookUrl.describe("The receiver; http(s), a public address unless OUTBOUND_ALLOWLIST names it"),
  events: eventList.describe("The events it receives; * for every event, present and future"),
  isActive: z.boolean().default(true),
});
export type CreateWebhookInput = z.infer<typeof createWebhookInput>;

export const updateWebhookInput = z.strictObject({
  version: z.number().int().min(1),
  name: createWebhookInput.shape.name.optional(),
  url: webhookUrl.optional(),
  events: eventList.optional(),
  isActive: z.boolean().optional(),
  rotateSecret: z
    .boolean()
    .default(false)
    .describe("true: a new secret signs from now on; the previous one also signs for 24 h (shown once)"),
});
export type UpdateWebhookInput = z.infer<typeof updateWebhookInput>;

export const webhookParams = z.object({ id: z.uuid("Not a webhook id") });
export const deleteWebhookQuery = z.object({ version: z.coerce.number().int().min(1) });
export const deliveryParams = z.object({
  id: z.uuid("Not a webhook id"),
  deliveryId: z.string().regex(/^msg_[A-Za-z0-9_-]{1,64}$/, "Not a delivery id"),
});

export const deliveryStatus = z.enum(["PENDING", "DELIVERED", "FAILED"]);
export const deliveryListQuery = z.object({
  status: deliveryStatus.optional(),
  limit: listLimit,
  cursor: z.string().max(200).optional(),
});

export const webhookStats = z.object({
  delivered24h: z.number().int(),
  failed24h: z.number().int(),
  pending: z.number().int(),
  successRate24h: z
    .number()
    .nullable()
    .describe("delivered / (delivered + failed) over 24 h; null when none finished"),
});

export const webhookResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  isActive: z.boolean(),
  previousSecretUntil: z.iso.datetime().nullable().describe("Until then the previous secret also signs"),
  stats: webhookStats,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type WebhookResponse = z.infer<typeof webhookResponse>;
export const webhookWithSecret = webhookResponse.extend({
  secret: z
    .string()
    .optional()
    .describe("The signing secret (whsec_…), only in the answer that created or rotated it"),
});
export const webhookListResponse = z.object({
  items: z.array(webhookResponse),
  events: z
    .array(z.object({ type: z.string(), description: z.string() }))
    .describe("Every event a webhook may receive"),
});

export const attemptResponse = z.object({
  attempt: z.number().int(),
  manual: z.boolean(),
  startedAt: z.iso.datetime(),
  durationMs: z.number().int(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  outcome: z.string().describe("delivered, outbox, retry or failed"),
});

export const deliveryResponse = z.object({
  id: z.string().describe("The webhook-id: the same on every retry and resend"),
  channel: z.enum(["EMAIL", "CHAT", "WEBHOOK", "SUBSCRIPTION"]),
  event: z.string(),
  target: z.string(),
  incidentKey: z.string().nullable(),
  status: deliveryStatus,
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastDurationMs: z.number().int().nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
  attemptLog: z.array(attemptResponse),
});
export type DeliveryResponse = z.infer<typeof deliveryResponse>;
export const deliveryPage = pageResponse(deliveryResponse);

export const resendResponse = z.object({
  delivery: deliveryResponse,
});
