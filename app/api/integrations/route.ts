// Serves GET/POST /api/integrations: the monitoring tools that send alerts in.
import { createIntegration, listIntegrations } from "@/lib/alerts/integrations";
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.listIntegrations, async () => listIntegrations());

export const POST = handle(apiRoutes.createIntegration, async ({ principal, body }) =>
  createIntegration(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listIntegrations,
  apiRoutes.createIntegration,
);
