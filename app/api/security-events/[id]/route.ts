// Serves GET/PATCH /api/security-events/{id}.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { getSecurityEvent, updateSecurityEvent } from "@/lib/security/security-events";

export const GET = handle(apiRoutes.getSecurityEvent, async ({ params }) => getSecurityEvent(params.id));

export const PATCH = handle(apiRoutes.updateSecurityEvent, async ({ params, principal, body }) => updateSecurityEvent(principal, params.id, body));
