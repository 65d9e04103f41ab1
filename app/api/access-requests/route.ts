// Serves GET/POST /api/access-requests.
import { createAccessRequest, listAccessRequests } from "@/lib/access/access-requests";
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.listAccessRequests, async ({ query, principal }) =>
  listAccessRequests(query, principal),
);

export const POST = handle(apiRoutes.createAccessRequest, async ({ principal, body }) =>
  createAccessRequest(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listAccessRequests,
  apiRoutes.createAccessRequest,
);
