// Serves GET/PATCH/DELETE /api/webhooks/{id}: one team webhook; PATCH edits, pauses or rotates its secret.
import { handle, reply } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { deleteWebhook, getWebhook, updateWebhook } from "@/lib/webhooks/subscriptions";

export const GET = handle(apiRoutes.getWebhook, async ({ params }) => getWebhook(params.id));

export const PATCH = handle(apiRoutes.updateWebhook, async ({ principal, params, body }) =>
  updateWebhook(principal, params.id, body),
);

export const DELETE = handle(apiRoutes.deleteWebhook, async ({ principal, params, query }) => {
  await deleteWebhook(principal, params.id, query.version);
  return reply(undefined, { status: 204 });
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, OPTIONS } = otherMethods(
  apiRoutes.getWebhook,
  apiRoutes.updateWebhook,
  apiRoutes.deleteWebhook,
);
