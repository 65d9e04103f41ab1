// Serves POST /api/webhooks/{id}/deliveries/{deliveryId}/resend: the same message again, now.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { resendWebhookDelivery } from "@/lib/webhooks/subscriptions";

export const POST = handle(apiRoutes.resendWebhookDelivery, async ({ principal, params }) =>
  resendWebhookDelivery(principal, params.id, params.deliveryId),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.resendWebhookDelivery);
