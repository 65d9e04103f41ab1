// A delivery's id: the Standard Webhooks `webhook-id` ("msg_" + 128 random bits), kept on every retry
// and every manual resend so receivers can deduplicate.
import { randomBytes } from "node:crypto";

export const newMessageId = (): string => `msg_${randomBytes(16).toString("base64url")}`;
