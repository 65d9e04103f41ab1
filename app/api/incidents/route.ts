// Serves GET/POST /api/incidents: the triage queue and incident history; reporting an incident.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { createIncident } from "@/lib/incidents/create-incident";
import { listIncidents } from "@/lib/incidents/list-incidents";

export const GET = handle(apiRoutes.listIncidents, async ({ query, principal }) => listIncidents(query, principal));

export const POST = handle(apiRoutes.createIncident, async ({ principal, body }) => createIncident(principal, body));
