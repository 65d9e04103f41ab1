// Serves POST /api/incidents/{key}/acknowledge-link: acknowledge with the token of the link a page carried.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { acknowledgeByLink } from "@/lib/escalation/acknowledge-by-link";

export const POST = handle(apiRoutes.acknowledgeByLink, async ({ principal, params, body }) =>
  acknowledgeByLink(principal, params.key, body.token),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.acknowledgeByLink);
