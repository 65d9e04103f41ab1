// Serves PUT /api/incidents/{key}/postmortem.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { savePostmortem } from "@/lib/incidents/postmortem";

export const PUT = handle(apiRoutes.savePostmortem, async ({ principal, params, body }) =>
  savePostmortem(principal, params.key, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.savePostmortem);
