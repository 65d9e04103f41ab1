// Serves DELETE /api/change-freezes/{id}?version=: lift a freeze.
import { handle, reply } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { deleteFreeze } from "@/lib/changes/change-freezes";

export const DELETE = handle(apiRoutes.deleteFreeze, async ({ principal, params, query }) => {
  await deleteFreeze(principal, params.id, query.version);
  return reply(undefined, { status: 204 });
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods(apiRoutes.deleteFreeze);
