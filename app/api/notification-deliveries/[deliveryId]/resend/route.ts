// Serves POST /api/notification-deliveries/{deliveryId}/resend: one of your notifications again, now.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { resendNotification } from "@/lib/webhooks/notification-log";

export const POST = handle(apiRoutes.resendNotification, async ({ principal, params }) =>
  resendNotification(principal, params.deliveryId),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.resendNotification);
