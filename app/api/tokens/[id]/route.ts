// Serves DELETE /api/tokens/{id}: revoke one of the caller's tokens.
import { handle, reply } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { revokeApiToken } from "@/lib/tokens/token-data";

export const DELETE = handle(apiRoutes.revokeToken, async ({ principal, params }) => {
  await revokeApiToken(principal, params.id);
  return reply(undefined, { status: 204 });
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods(apiRoutes.revokeToken);
