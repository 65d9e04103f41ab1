// Serves GET /api/dashboards/operations: the live operations picture (polled every few seconds).
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { sharedAnswerResponse } from "@/lib/cache/shared-answers";
import { operationsDashboard } from "@/lib/dashboards/operations";

// The same for everyone (the queue has no "mine" filter here), so one computation serves every viewer.
export const GET = handle(apiRoutes.operationsDashboard, async ({ principal }) =>
  sharedAnswerResponse("operations", "now", apiRoutes.operationsDashboard.response, () =>
    operationsDashboard(principal),
  ),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.operationsDashboard);
