// Who is calling: a personal API token (Authorization: Bearer) or the next-auth session cookie.
// Roles always come from the database, so a role change or a disabled account takes effect at once; a
// cookie is only good while its server-side session row is live (lib/auth/sessions.ts).
import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { Role } from "@/lib/auth/permissions";
import { useSecureCookies } from "@/lib/auth/options";
import { isSessionValid } from "@/lib/auth/session-policy";
import { findSessionUser } from "@/lib/auth/sessions";
import { authSecret } from "@/lib/env";
import { findTokenOwner } from "@/lib/tokens/find-token-owner";

export type Principal = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  via: "session" | "token";
  /** The server-side session a cookie carries (lib/auth/sessions.ts); absent for API tokens. */
  sessionId?: string;
};

type CookieSource = { getAll: () => { name: string; value: string }[] };

async function principalFromCookies(cookieSource: CookieSource): Promise<Principal | null> {
  const claims = await getToken({
    req: { cookies: cookieSource, headers: new Headers() } as unknown as Parameters<
      typeof getToken
    >[0]["req"],
    secret: authSecret,
    secureCookie: useSecureCookies,
  });
  if (!claims || !isSessionValid(claims, Date.now())) return null;
  const user = await findSessionUser(claims.sid, claims.sub);
  return user ? { ...user, via: "session", sessionId: claims.sid } : null;
}

export async function principalFromRequest(req: {
  headers: Headers;
  cookies: CookieSource;
}): Promise<Principal | null> {
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
