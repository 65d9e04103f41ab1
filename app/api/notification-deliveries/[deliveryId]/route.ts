// Serves GET /api/notification-deliveries/{deliveryId}: one message of the log with what it said.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getNotification } from "@/lib/webhooks/get-notification";

export const GET = handle(apiRoutes.getNotificationDelivery, async ({ principal, params }) =>
  getNotification(principal, params.deliveryId),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.getNotificationDelivery);
