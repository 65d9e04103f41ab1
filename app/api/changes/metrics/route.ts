// Serves GET /api/changes/metrics: success rate and change-caused incidents.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { changeMetrics } from "@/lib/changes/change-metrics";

export const GET = handle(apiRoutes.changeMetrics, async ({ query }) => changeMetrics(query));
