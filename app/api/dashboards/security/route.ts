// Serves GET /api/dashboards/security: the figures behind the security dashboard, computed on the server.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { sharedAnswerResponse } from "@/lib/cache/shared-answers";
import { securityDashboard } from "@/lib/dashboards/security";

export const GET = handle(apiRoutes.securityDashboard, async ({ query }) =>
  sharedAnswerResponse(
    "security",
    `${query.from ?? ""}|${query.to ?? ""}`,
    apiRoutes.securityDashboard.response,
    () => securityDashboard(query),
  ),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.securityDashboard);
