// Serves GET/PATCH /api/security-events/{id}.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getSecurityEvent, updateSecurityEvent } from "@/lib/security/security-events";

export const GET = handle(apiRoutes.getSecurityEvent, async ({ params }) => getSecurityEvent(params.id));

export const PATCH = handle(apiRoutes.updateSecurityEvent, async ({ params, principal, body }) =>
  updateSecurityEvent(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, DELETE, OPTIONS } = otherMethods(
  apiRoutes.getSecurityEvent,
  apiRoutes.updateSecurityEvent,
);
