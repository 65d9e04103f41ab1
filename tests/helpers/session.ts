// A signed-in browser: a server-side session row (as sign-in creates it), the next-auth session cookie
// that carries its id, and the Origin the portal's pages send.
import { encode } from "next-auth/jwt";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { createUserSession } from "@/lib/auth/sessions";
import { authSecret } from "@/lib/env";
import { BASE_URL } from "./api";

export const SESSION_COOKIE = "next-auth.session-token";

/** The cookie value next-auth would set for these claims. */
export function sessionCookieValue(claims: Record<string, unknown>): Promise<string> {
  return encode({ token: claims, secret: authSecret, maxAge: SESSION_IDLE_SECONDS });
}

/** Signs a user in (a live session row) and returns the cookie's value and the session id. */
export async function signedInSession(
  userId: string,
): Promise<{ sid: string; jwt: string; headers: Record<string, string> }> {
  const sid = await createUserSession(userId, { clientIp: "203.0.113.7", userAgent: "vitest" });
  const jwt = await sessionCookieValue({ sub: userId, sid, loginAt: Date.now() });
  return { sid, jwt, headers: { cookie: `${SESSION_COOKIE}=${jwt}`, origin: BASE_URL } };
}

export async function sessionHeaders(userId: string): Promise<Record<string, string>> {
  return (await signedInSession(userId)).headers;
}
