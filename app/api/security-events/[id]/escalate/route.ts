// Serves POST /api/security-events/{id}/escalate.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { escalateSecurityEvent } from "@/lib/security/security-events";

export const POST = handle(apiRoutes.escalateSecurityEvent, async ({ params, principal, body }) => escalateSecurityEvent(principal, params.id, body.version));
