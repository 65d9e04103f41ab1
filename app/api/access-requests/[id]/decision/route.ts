// Serves POST /api/access-requests/{id}/decision.
import { decideAccessRequest } from "@/lib/access/access-requests";
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";

export const POST = handle(apiRoutes.decideAccessRequest, async ({ params, principal, body }) => decideAccessRequest(principal, params.id, body));
