// Serves GET /api/dashboards/application: the figures behind the application dashboard, computed on the server.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { sharedAnswerResponse } from "@/lib/cache/shared-answers";
import { applicationDashboard } from "@/lib/dashboards/application";

export const GET = handle(apiRoutes.applicationDashboard, async ({ query }) =>
  sharedAnswerResponse(
    "application",
    `${query.from ?? ""}|${query.to ?? ""}`,
    apiRoutes.applicationDashboard.response,
    () => applicationDashboard(query),
  ),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.applicationDashboard);
