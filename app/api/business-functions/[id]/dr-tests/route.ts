// Serves GET/POST /api/business-functions/{id}/dr-tests.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createDrTest, listDrTests } from "@/lib/continuity/business-functions";

export const GET = handle(apiRoutes.listDrTests, async ({ params }) => listDrTests(params.id));

export const POST = handle(apiRoutes.createDrTest, async ({ principal, params, body }) =>
  createDrTest(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listDrTests, apiRoutes.createDrTest);
