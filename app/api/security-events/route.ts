// Serves GET/POST /api/security-events.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { createSecurityEvent, listSecurityEvents } from "@/lib/security/security-events";

export const GET = handle(apiRoutes.listSecurityEvents, async ({ query }) => listSecurityEvents(query));

export const POST = handle(apiRoutes.recordSecurityEvent, async ({ principal, body }) => createSecurityEvent(principal, body));
