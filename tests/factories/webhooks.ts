// Team webhook and delivery factories, through the domain functions (audited like real data).
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { newMessageId } from "@/lib/notify/message-id";
import type { CreateWebhookInput } from "@/lib/webhooks/schemas";
import { createWebhook } from "@/lib/webhooks/subscriptions";
import { unique } from "./index";

/** A webhook to a receiver on this machine (`localhost` is allowlisted in the integration tests). */
export async function createTestWebhook(
  actor: { id: string; email: string; name?: string },
  overrides: Partial<CreateWebhookInput> = {},
) {
  const principal: Principal = { name: "Test", ...actor, roles: ["ADMIN"], via: "token" };
  return createWebhook(principal, {
    name: unique("Webhook"),
    url: "http://localhost:9/hook",
    events: ["incident.created"],
    isActive: true,
    ...overrides,
  });
}

/** A delivery already given up on, to a subscription or a person, for log and resend tests. */
export async function createTestDelivery(to: { subscriptionId?: string; userId?: string }) {
  const id = newMessageId();
  await db.notificationDelivery.create({
    data: {
      id,
      channel: to.subscriptionId ? "SUBSCRIPTION" : "EMAIL",
      event: "incident.created",
      subscriptionId: to.subscriptionId ?? null,
      userId: to.userId ?? null,
      target: to.subscriptionId ? "http://localhost:9/…" : "someone@example.test",
      payload: to.subscriptionId
        ? { body: '{"type":"incident.created"}' }
        : { to: "someone@example.test", subject: "s", text: "t", html: "<p>t</p>" },
      status: "FAILED",
      attempts: 1,
      nextAttemptAt: null,
    },
  });
  return id;
}
