// Serves PATCH /api/action-items/{id}.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { updateActionItem } from "@/lib/incidents/action-items";

export const PATCH = handle(apiRoutes.updateActionItem, async ({ principal, params, body }) =>
  updateActionItem(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods(apiRoutes.updateActionItem);
