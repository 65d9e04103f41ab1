// Serves DELETE /api/tokens/{id}: revoke one of the caller's tokens.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { revokeApiToken } from "@/lib/tokens/token-data";

export const DELETE = handle(apiRoutes.revokeToken, async ({ principal, params }) => {
  await revokeApiToken(principal, params.id);
  return { status: 204, body: undefined };
});
