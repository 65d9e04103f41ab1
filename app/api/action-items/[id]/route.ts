// Serves PATCH /api/action-items/{id}.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { updateActionItem } from "@/lib/incidents/action-items";

export const PATCH = handle(apiRoutes.updateActionItem, async ({ principal, params, body }) => updateActionItem(principal, params.id, body));
