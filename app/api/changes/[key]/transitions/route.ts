// Serves POST /api/changes/{key}/transitions.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { transitionChange } from "@/lib/changes/transition-change";

export const POST = handle(apiRoutes.transitionChange, async ({ principal, params, body }) =>
  transitionChange(principal, params.key, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.transitionChange);
