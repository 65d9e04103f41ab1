// A signed-in browser: the next-auth session cookie for a user, and the Origin the portal's pages send.
import { encode } from "next-auth/jwt";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { authSecret } from "@/lib/env";
import { BASE_URL } from "./api";

export async function sessionHeaders(userId: string): Promise<Record<string, string>> {
  const jwt = await encode({ token: { sub: userId, loginAt: Date.now() }, secret: authSecret, maxAge: SESSION_IDLE_SECONDS });
  return { cookie: `next-auth.session-token=${jwt}`, origin: BASE_URL };
}
