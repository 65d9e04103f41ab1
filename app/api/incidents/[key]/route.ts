// Serves GET/PATCH /api/incidents/{key}.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getIncident } from "@/lib/incidents/get-incident";
import { updateIncident } from "@/lib/incidents/update-incident";

export const GET = handle(apiRoutes.getIncident, async ({ params }) => getIncident(params.key));

export const PATCH = handle(apiRoutes.updateIncident, async ({ principal, params, body }) =>
  updateIncident(principal, params.key, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, DELETE, OPTIONS } = otherMethods(apiRoutes.getIncident, apiRoutes.updateIncident);
