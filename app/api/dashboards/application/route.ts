// Serves GET /api/dashboards/application: the figures behind the application dashboard, computed on the server.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { sharedAnswerResponse } from "@/lib/cache/shared-answers";
import { applicationDashboard } from "@/lib/dashboards/application";

export const GET = handle(apiRoutes.applicationDashboard, async ({ query }) => sharedAnswerResponse("application", `${query.from ?? ""}|${query.to ?? ""}`, apiRoutes.applicationDashboard.response, () => applicationDashboard(query)));
