// Serves GET/PATCH /api/escalation-policies/{id}: one policy; PATCH edits its name, scope, steps or repeats.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getPolicy, updatePolicy } from "@/lib/escalation/policies";

export const GET = handle(apiRoutes.getEscalationPolicy, async ({ params }) => getPolicy(params.id));

export const PATCH = handle(apiRoutes.updateEscalationPolicy, async ({ principal, params, body }) =>
  updatePolicy(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, DELETE, OPTIONS } = otherMethods(
  apiRoutes.getEscalationPolicy,
  apiRoutes.updateEscalationPolicy,
);
