// Serves GET /api/incidents/{key}/timeline, oldest first.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { listIncidentTimeline } from "@/lib/incidents/incident-timeline";

export const GET = handle(apiRoutes.incidentTimeline, async ({ params }) => ({ items: await listIncidentTimeline(params.key) }));
