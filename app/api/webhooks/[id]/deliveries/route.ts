// Serves GET /api/webhooks/{id}/deliveries: the webhook's delivery log, newest first, with every attempt.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listDeliveries } from "@/lib/webhooks/deliveries";
import { getWebhook } from "@/lib/webhooks/subscriptions";

export const GET = handle(apiRoutes.listWebhookDeliveries, async ({ params, query }) => {
  await getWebhook(params.id); // 404 for a webhook that does not exist
  return listDeliveries({ subscriptionId: params.id, status: query.status }, query);
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listWebhookDeliveries);
