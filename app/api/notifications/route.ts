// Serves GET /api/notifications: the caller's bell.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { listNotifications } from "@/lib/notifications/notification-data";

export const GET = handle(apiRoutes.listNotifications, async ({ principal }) => listNotifications(principal.id));
