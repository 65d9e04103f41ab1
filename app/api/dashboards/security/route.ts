// Serves GET /api/dashboards/security: the figures behind the security dashboard, computed on the server.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { dashboardResponse } from "@/lib/dashboards/cache";
import { securityDashboard } from "@/lib/dashboards/security";

export const GET = handle(apiRoutes.securityDashboard, async ({ query }) => dashboardResponse("security", `${query.from ?? ""}|${query.to ?? ""}`, apiRoutes.securityDashboard.response, () => securityDashboard(query)));
