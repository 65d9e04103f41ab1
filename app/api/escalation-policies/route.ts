// Serves GET/POST /api/escalation-policies: the stored escalation policies; POST creates one.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createPolicy, listPolicies } from "@/lib/escalation/policies";

export const GET = handle(apiRoutes.listEscalationPolicies, async () => listPolicies());

export const POST = handle(apiRoutes.createEscalationPolicy, async ({ principal, body }) =>
  createPolicy(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listEscalationPolicies,
  apiRoutes.createEscalationPolicy,
);
