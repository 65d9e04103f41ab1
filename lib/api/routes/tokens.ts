// API routes: personal API tokens.
import { defineRoute } from "@/lib/api/define-route";
import { createdTokenResponse, createTokenInput, tokenListResponse, tokenParams } from "@/lib/tokens/schemas";

export const tokensRoutes = {
  listTokens: defineRoute({
    method: "GET",
    path: "/api/tokens",
    summary: "The caller's API tokens (no secrets)",
    tag: "Tokens",
    permission: "token:manage",
    response: tokenListResponse,
  }),
  createToken: defineRoute({
    method: "POST",
    path: "/api/tokens",
    summary: "Create a personal API token; the secret is returned this once",
    tag: "Tokens",
    permission: "token:manage",
    body: createTokenInput,
    response: createdTokenResponse,
    status: 201,
    // Not idempotent on purpose: replaying would mean storing the secret.
  }),
  revokeToken: defineRoute({
    method: "DELETE",
    path: "/api/tokens/{id}",
    summary: "Revoke one of the caller's tokens",
    tag: "Tokens",
    permission: "token:manage",
    params: tokenParams,
    status: 204,
  }),
} as const;
