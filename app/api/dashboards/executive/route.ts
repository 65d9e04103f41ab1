// Serves GET /api/dashboards/executive: the figures behind the executive dashboard, computed on the server.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { sharedAnswerResponse } from "@/lib/cache/shared-answers";
import { executiveDashboard } from "@/lib/dashboards/executive";

export const GET = handle(apiRoutes.executiveDashboard, async ({ query }) =>
  sharedAnswerResponse(
    "executive",
    `${query.from ?? ""}|${query.to ?? ""}`,
    apiRoutes.executiveDashboard.response,
    () => executiveDashboard(query),
  ),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.executiveDashboard);
