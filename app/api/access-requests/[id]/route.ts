// Serves GET /api/access-requests/{id}.
import { getAccessRequest } from "@/lib/access/access-requests";
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.getAccessRequest, async ({ params, principal }) =>
  getAccessRequest(params.id, principal),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.getAccessRequest);
