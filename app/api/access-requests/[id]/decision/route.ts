// Serves POST /api/access-requests/{id}/decision.
import { decideAccessRequest } from "@/lib/access/access-requests";
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const POST = handle(apiRoutes.decideAccessRequest, async ({ params, principal, body }) =>
  decideAccessRequest(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.decideAccessRequest);
