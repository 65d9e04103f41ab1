// Serves GET/POST /api/business-functions.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createFunction, listFunctions } from "@/lib/continuity/business-functions";

export const GET = handle(apiRoutes.listFunctions, async () => listFunctions());

export const POST = handle(apiRoutes.createFunction, async ({ principal, body }) =>
  createFunction(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listFunctions,
  apiRoutes.createFunction,
);
