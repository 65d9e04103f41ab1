// Serves GET/POST /api/tokens: the caller's personal API tokens.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { createApiToken, listApiTokens } from "@/lib/tokens/token-data";

export const GET = handle(apiRoutes.listTokens, async ({ principal }) => ({ items: await listApiTokens(principal.id), nextCursor: null }));

export const POST = handle(apiRoutes.createToken, async ({ principal, body }) => createApiToken(principal, body));
