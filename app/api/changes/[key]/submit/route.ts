// Serves POST /api/changes/{key}/submit.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { submitChange } from "@/lib/changes/submit-change";

export const POST = handle(apiRoutes.submitChange, async ({ principal, params, body }) =>
  submitChange(principal, params.key, body.version),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.submitChange);
