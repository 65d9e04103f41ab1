// Serves GET /api/access-requests/{id}.
import { getAccessRequest } from "@/lib/access/access-requests";
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.getAccessRequest, async ({ params, principal }) => getAccessRequest(params.id, principal));
