// Serves GET/POST /api/incidents: the triage queue and incident history; reporting an incident.
import { handle, wantsCsv } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { sharedAnswerResponse } from "@/lib/cache/shared-answers";
import { createIncident } from "@/lib/incidents/create-incident";
import { listIncidents } from "@/lib/incidents/list-incidents";

export const GET = handle(apiRoutes.listIncidents, async ({ req, query, principal }) => {
  // Searches, later pages and exports are computed per request. A first page without search (above all
  // the triage queue every operator's screen polls) is computed once per change and shared
  // (lib/cache/shared-answers.ts); only "mine" depends on who asks.
  if (query.q || query.cursor || wantsCsv(req)) return listIncidents(query, principal);
  const key = JSON.stringify({ ...query, viewer: query.assignee === "me" ? principal.id : undefined });
  return sharedAnswerResponse("incident-queue", key, apiRoutes.listIncidents.response, () =>
    listIncidents(query, principal),
  );
});

export const POST = handle(apiRoutes.createIncident, async ({ principal, body }) =>
  createIncident(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listIncidents,
  apiRoutes.createIncident,
);
