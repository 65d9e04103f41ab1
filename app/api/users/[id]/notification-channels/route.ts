// Serves GET /api/users/{id}/notification-channels: an administrator reads someone's channels (no secret).
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getUserChannels } from "@/lib/notify/notification-channels";

export const GET = handle(apiRoutes.getUserNotificationChannels, async ({ params }) =>
  getUserChannels(params.id),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.getUserNotificationChannels);
