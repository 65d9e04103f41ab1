// Serves POST /api/security-events/{id}/escalate.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { escalateSecurityEvent } from "@/lib/security/security-events";

export const POST = handle(apiRoutes.escalateSecurityEvent, async ({ params, principal, body }) =>
  escalateSecurityEvent(principal, params.id, body.version),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.escalateSecurityEvent);
