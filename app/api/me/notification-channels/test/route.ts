// Serves POST /api/me/notification-channels/test: a test message to yourself on every channel set up.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { sendTestNotification } from "@/lib/webhooks/notification-log";

export const POST = handle(apiRoutes.sendTestNotification, async ({ principal }) =>
  sendTestNotification(principal),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.sendTestNotification);
