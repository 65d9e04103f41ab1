// Serves PATCH /api/dr-tests/{id}: the result of a planned DR test.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { completeDrTest } from "@/lib/continuity/business-functions";

export const PATCH = handle(apiRoutes.completeDrTest, async ({ principal, params, body }) =>
  completeDrTest(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods(apiRoutes.completeDrTest);
