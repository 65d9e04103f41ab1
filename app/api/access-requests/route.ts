// Serves GET/POST /api/access-requests.
import { createAccessRequest, listAccessRequests } from "@/lib/access/access-requests";
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.listAccessRequests, async ({ query, principal }) => listAccessRequests(query, principal));

export const POST = handle(apiRoutes.createAccessRequest, async ({ principal, body }) => createAccessRequest(principal, body));
