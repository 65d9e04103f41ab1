// Serves GET/POST /api/tokens: the caller's personal API tokens.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createApiToken, listApiTokens } from "@/lib/tokens/token-data";

export const GET = handle(apiRoutes.listTokens, async ({ principal }) => ({
  items: await listApiTokens(principal.id),
  nextCursor: null,
}));

export const POST = handle(apiRoutes.createToken, async ({ principal, body }) =>
  createApiToken(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listTokens, apiRoutes.createToken);
