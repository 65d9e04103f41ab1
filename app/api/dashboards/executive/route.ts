// Serves GET /api/dashboards/executive: the figures behind the executive dashboard, computed on the server.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { dashboardResponse } from "@/lib/dashboards/cache";
import { executiveDashboard } from "@/lib/dashboards/executive";

export const GET = handle(apiRoutes.executiveDashboard, async ({ query }) => dashboardResponse("executive", `${query.from ?? ""}|${query.to ?? ""}`, apiRoutes.executiveDashboard.response, () => executiveDashboard(query)));
