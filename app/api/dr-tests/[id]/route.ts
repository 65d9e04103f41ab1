// Serves PATCH /api/dr-tests/{id}: the result of a planned DR test.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { completeDrTest } from "@/lib/continuity/business-functions";

export const PATCH = handle(apiRoutes.completeDrTest, async ({ principal, params, body }) => completeDrTest(principal, params.id, body));
