// Serves POST /api/notifications/read: mark the caller's notifications read.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { markNotificationsRead } from "@/lib/notifications/notification-data";

export const POST = handle(apiRoutes.markNotificationsRead, async ({ principal, body }) =>
  markNotificationsRead(principal.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.markNotificationsRead);
