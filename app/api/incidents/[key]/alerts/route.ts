// Serves GET /api/incidents/{key}/alerts: the alert groups and alerts grouped into the incident.
import { incidentAlerts } from "@/lib/alerts/incident-alerts";
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.incidentAlerts, async ({ params }) => incidentAlerts(params.key));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.incidentAlerts);
