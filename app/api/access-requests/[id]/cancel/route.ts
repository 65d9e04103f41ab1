// Serves POST /api/access-requests/{id}/cancel.
import { cancelAccessRequest } from "@/lib/access/access-requests";
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";

export const POST = handle(apiRoutes.cancelAccessRequest, async ({ params, principal, body }) => cancelAccessRequest(principal, params.id, body.version));
