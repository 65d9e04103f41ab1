// Serves GET /api/integrations/{id}/notifications: the last notifications received, raw, with outcomes.
import { getIntegration } from "@/lib/alerts/integrations";
import { notificationLog } from "@/lib/alerts/incident-alerts";
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.integrationLog, async ({ params }) => {
  await getIntegration(params.id); // 404 for an unknown one
  return notificationLog(params.id);
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.integrationLog);
