// Serves GET/POST /api/incidents/{key}/updates: communication updates on the handbook's template.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listIncidentUpdates, postIncidentUpdate } from "@/lib/incidents/incident-updates";

export const GET = handle(apiRoutes.listIncidentUpdates, async ({ params }) => ({
  items: await listIncidentUpdates(params.key),
}));

export const POST = handle(apiRoutes.postIncidentUpdate, async ({ principal, params, body }) =>
  postIncidentUpdate(principal, params.key, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listIncidentUpdates,
  apiRoutes.postIncidentUpdate,
);
