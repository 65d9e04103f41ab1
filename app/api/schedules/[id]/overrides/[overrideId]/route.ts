// Serves DELETE /api/schedules/{id}/overrides/{overrideId}?version=: remove an override.
import { handle, reply } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { deleteOverride } from "@/lib/oncall/overrides";

export const DELETE = handle(apiRoutes.deleteOverride, async ({ principal, params, query }) => {
  await deleteOverride(principal, params.id, params.overrideId, query.version);
  return reply(undefined, { status: 204 });
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods(apiRoutes.deleteOverride);
