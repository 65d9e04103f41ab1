// Serves DELETE /api/change-freezes/{id}?version=: lift a freeze.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { deleteFreeze } from "@/lib/changes/change-freezes";

export const DELETE = handle(apiRoutes.deleteFreeze, async ({ principal, params, query }) => {
  await deleteFreeze(principal, params.id, query.version);
  return { status: 204, body: undefined };
});
