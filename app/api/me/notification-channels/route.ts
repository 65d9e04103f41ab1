// Serves GET/PUT /api/me/notification-channels: the caller's own channels and per-severity rules.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getMyChannels, putMyChannels } from "@/lib/notify/notification-channels";

export const GET = handle(apiRoutes.getMyNotificationChannels, async ({ principal }) =>
  getMyChannels(principal),
);

export const PUT = handle(apiRoutes.putMyNotificationChannels, async ({ principal, body }) =>
  putMyChannels(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.getMyNotificationChannels,
  apiRoutes.putMyNotificationChannels,
);
