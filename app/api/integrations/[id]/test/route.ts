// Serves POST /api/integrations/{id}/test: the integration page's "Send test alert" (a sample notification
// through the intake path, audited; the manager's session stands in for the integration's secret).
import { sendTestNotification } from "@/lib/alerts/intake";
import { handle, reply } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const POST = handle(apiRoutes.testIntegration, async ({ principal, params }) => {
  const answer = await sendTestNotification(principal, params.id);
  return reply(answer.body as { status: string }, { status: answer.status });
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.testIntegration);
