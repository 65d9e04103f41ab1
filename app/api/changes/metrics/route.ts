// Serves GET /api/changes/metrics: success rate and change-caused incidents.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { changeMetrics } from "@/lib/changes/change-metrics";

export const GET = handle(apiRoutes.changeMetrics, async ({ query }) => changeMetrics(query));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.changeMetrics);
