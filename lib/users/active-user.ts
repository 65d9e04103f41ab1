// Who a credential belongs to: an active user with the roles read from the database on every request
// (not from the cookie or token), so a role change applies at once. Browser sessions resolve it through
// their server-side row (lib/auth/sessions.ts `findSessionUser`), API tokens through
// lib/tokens/find-token-owner.ts: each one indexed query on the pool.
import type { Role } from "@/lib/auth/permissions";

export type ActiveUser = { id: string; email: string; name: string; roles: Role[] };
