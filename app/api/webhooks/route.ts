// Serves GET/POST /api/webhooks: team webhooks (subscriptions) with their figures; POST subscribes one.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createWebhook, listWebhooks } from "@/lib/webhooks/subscriptions";

export const GET = handle(apiRoutes.listWebhooks, async () => listWebhooks());

export const POST = handle(apiRoutes.createWebhook, async ({ principal, body }) =>
  createWebhook(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listWebhooks, apiRoutes.createWebhook);
