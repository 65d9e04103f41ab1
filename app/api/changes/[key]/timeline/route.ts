// Serves GET /api/changes/{key}/timeline.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listChangeTimeline } from "@/lib/changes/list-changes";

export const GET = handle(apiRoutes.changeTimeline, async ({ params }) => listChangeTimeline(params.key));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.changeTimeline);
