// Serves GET /api/notification-deliveries: what the portal sent you (or everyone, for managers), with attempts.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listNotificationLog } from "@/lib/webhooks/notification-log";

export const GET = handle(apiRoutes.listNotificationLog, async ({ principal, query }) =>
  listNotificationLog(principal, query),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listNotificationLog);
