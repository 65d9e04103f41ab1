// Serves GET /api/changes/{key}/timeline.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { listChangeTimeline } from "@/lib/changes/list-changes";

export const GET = handle(apiRoutes.changeTimeline, async ({ params }) => listChangeTimeline(params.key));
