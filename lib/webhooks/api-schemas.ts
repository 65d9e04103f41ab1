// The notification log and the test page as the API takes and answers them (team webhooks: schemas.ts).
import { z } from "zod";
import { listLimit } from "@/lib/api/pagination";
import { deliveryStatus } from "@/lib/webhooks/schemas";

export const notificationLogQuery = z.object({
  scope: z.enum(["mine", "all"]).default("mine").describe("all: everyone's (ops managers and admins)"),
  channel: z.enum(["EMAIL", "CHAT", "WEBHOOK", "SUBSCRIPTION"]).optional(),
  status: deliveryStatus.optional(),
  limit: listLimit,
  cursor: z.string().max(200).optional(),
});

export const notificationDeliveryParams = z.object({
  deliveryId: z.string().regex(/^msg_[A-Za-z0-9_-]{1,64}$/, "Not a delivery id"),
});

export const testPageResponse = z.object({
  messages: z.number().int().describe("Messages queued: one per channel you have set up"),
  channels: z.array(z.enum(["EMAIL", "CHAT", "WEBHOOK"])),
});

export const ackLinkInput = z.strictObject({
  token: z.string().min(1).max(1024).describe("The token of the acknowledge link (?ack=) you opened"),
});
