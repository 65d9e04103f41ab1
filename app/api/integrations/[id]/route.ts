// Serves GET/PATCH /api/integrations/{id}: one integration; PATCH edits, pauses or rotates its secret.
import { getIntegration, updateIntegration } from "@/lib/alerts/integrations";
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.getIntegration, async ({ params }) => getIntegration(params.id));

export const PATCH = handle(apiRoutes.updateIntegration, async ({ principal, params, body }) =>
  updateIntegration(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, DELETE, OPTIONS } = otherMethods(
  apiRoutes.getIntegration,
  apiRoutes.updateIntegration,
);
