// Serves POST /api/notifications/read: mark the caller's notifications read.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { markNotificationsRead } from "@/lib/notifications/notification-data";

export const POST = handle(apiRoutes.markNotificationsRead, async ({ principal, body }) => markNotificationsRead(principal.id, body));
