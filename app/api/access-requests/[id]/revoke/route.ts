// Serves POST /api/access-requests/{id}/revoke.
import { revokeAccessGrant } from "@/lib/access/access-requests";
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";

export const POST = handle(apiRoutes.revokeAccessGrant, async ({ params, principal, body }) => revokeAccessGrant(principal, params.id, body.version, body.reason));
