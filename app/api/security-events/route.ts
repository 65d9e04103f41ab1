// Serves GET/POST /api/security-events.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createSecurityEvent, listSecurityEvents } from "@/lib/security/security-events";

export const GET = handle(apiRoutes.listSecurityEvents, async ({ query }) => listSecurityEvents(query));

export const POST = handle(apiRoutes.recordSecurityEvent, async ({ principal, body }) =>
  createSecurityEvent(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listSecurityEvents,
  apiRoutes.recordSecurityEvent,
);
