// Serves GET /api/incidents/{key}/timeline, oldest first.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listIncidentTimeline } from "@/lib/incidents/incident-timeline";

export const GET = handle(apiRoutes.incidentTimeline, async ({ params }) => ({
  items: await listIncidentTimeline(params.key),
}));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.incidentTimeline);
