// Serves POST /api/access-requests/{id}/cancel.
import { cancelAccessRequest } from "@/lib/access/access-requests";
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const POST = handle(apiRoutes.cancelAccessRequest, async ({ params, principal, body }) =>
  cancelAccessRequest(principal, params.id, body.version),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.cancelAccessRequest);
