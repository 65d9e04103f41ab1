// Serves GET/PATCH /api/business-functions/{id}.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getFunction, updateFunction } from "@/lib/continuity/business-functions";

export const GET = handle(apiRoutes.getFunction, async ({ params }) => getFunction(params.id));

export const PATCH = handle(apiRoutes.updateFunction, async ({ principal, params, body }) =>
  updateFunction(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, DELETE, OPTIONS } = otherMethods(apiRoutes.getFunction, apiRoutes.updateFunction);
