// Who is calling: a personal API token (Authorization: Bearer) or the next-auth session cookie.
// Roles always come from the database, so a role change or a disabled account takes effect at once.
import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { Role } from "@/lib/auth/permissions";
import { useSecureCookies } from "@/lib/auth/options";
import { isSessionValid } from "@/lib/auth/session-policy";
import { authSecret } from "@/lib/env";
import { findTokenOwner } from "@/lib/tokens/find-token-owner";
import { getActiveUser } from "@/lib/users/get-active-user";

export type Principal = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  via: "session" | "token";
};

type CookieSource = { getAll: () => { name: string; value: string }[] };

async function principalFromCookies(cookieSource: CookieSource): Promise<Principal | null> {
  const claims = await getToken({
    req: { cookies: cookieSource, headers: new Headers() } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authSecret,
    secureCookie: useSecureCookies,
  });
  if (!claims || !isSessionValid(claims, Date.now())) return null;
  const user = await getActiveUser(claims.sub);
  return user ? { ...user, via: "session" } : null;
}

export async function principalFromRequest(req: { headers: Headers; cookies: CookieSource }): Promise<Principal | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) return null;
    const user = await findTokenOwner(match[1]);
    return user ? { ...user, via: "token" } : null;
  }
  return principalFromCookies(req.cookies);
}

// For server components and pages.
export async function getPagePrincipal(): Promise<Principal | null> {
  return principalFromCookies(await cookies());
}
