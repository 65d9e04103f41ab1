// Serves GET /api/notifications: the caller's bell.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listNotifications } from "@/lib/notifications/notification-data";

export const GET = handle(apiRoutes.listNotifications, async ({ principal }) =>
  listNotifications(principal.id),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listNotifications);
