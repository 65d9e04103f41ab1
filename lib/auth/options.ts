// next-auth: credentials sign-in, JWT session cookies (30 min idle, renewed on activity; 12 h absolute)
// that carry the id of a server-side session row (`sid`, lib/auth/sessions.ts): a cookie is renewed and
// accepted only while that row is live, and sign-out ends the row.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { isSessionValid, isUuid, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { createUserSession, endUserSession, findSessionUser } from "@/lib/auth/sessions";
import { beginSignInAttempt, finishSignInAttempt, recordSignInAttempt } from "@/lib/auth/sign-in-attempts";
import { recordSignInSecurityEvents } from "@/lib/security/sign-in-events";
import { authSecret, env } from "@/lib/env";
import { findUserForSignIn } from "@/lib/users/find-user-for-sign-in";

declare module "next-auth" {
  // What authorize() hands the jwt callback about the signing-in client, for the session row.
  interface User {
    clientIp?: string;
    userAgent?: string;
  }
}

function headerValue(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter an email address").max(320),
  password: z
    .string()
    .min(1, "Enter your password")
    .max(1024)
    .refine((p) => !p.includes("\0"), "Invalid password"),
});

export const useSecureCookies = env.NEXTAUTH_URL?.startsWith("https://") ?? false;

export const authOptions: NextAuthOptions = {
  secret: authSecret,
  useSecureCookies,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const ip = clientIp(req.headers ?? {});
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) {
          const email = typeof credentials?.email === "string" ? credentials.email.replaceAll("\0", "") : "";
          await recordSignInAttempt({
            email,
            userId: null,
            clientIp: ip,
            success: false,
            reason: "INVALID_INPUT",
          });
          return null;
        }
        const { email, password } = parsed.data;
        // The route checks first to answer 429; this check is the one that holds under parallel attempts.
        const { decision, attemptId } = await beginSignInAttempt(email, ip);
        if (!decision.allowed) {
          await recordSignInSecurityEvents({
            email: email.trim().toLowerCase(),
            userId: null,
            clientIp: ip,
            success: false,
            reason: "RATE_LIMITED",
          });
          return null;
        }
        const user = await findUserForSignIn(email);
        const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
        const reason = !user
          ? "UNKNOWN_ACCOUNT"
          : !user.isActive
            ? "DISABLED_ACCOUNT"
            : !valid
              ? "BAD_PASSWORD"
              : "OK";
        await finishSignInAttempt(attemptId, { userId: user?.id ?? null, success: reason === "OK", reason });
        if (reason !== "OK" || !user) return null;
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          clientIp: ip,
          userAgent: headerValue((req.headers as Record<string, unknown> | undefined)?.["user-agent"]),
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const sid = await createUserSession(user.id, { clientIp: user.clientIp, userAgent: user.userAgent });
        return { sub: user.id, name: user.name, email: user.email, sid, loginAt: Date.now() };
      }
      // Renewal (/api/auth/session): only a live session is renewed. Past 12 h, or once its row is
      // revoked, the token stops carrying a user, and every check then treats it as signed out.
      if (!isSessionValid(token, Date.now()) || !(await findSessionUser(token.sid, token.sub)))
        return { loginAt: 0 };
      return token;
    },
    session({ session, token }) {
      if (typeof token.sub !== "string") return { expires: session.expires };
      return { ...session, userId: token.sub, loginAt: token.loginAt };
    },
  },
  events: {
    // Sign-out ends the server-side session, so a copy of the cookie stops working too.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (isUuid(sid)) await endUserSession(sid);
    },
  },
};
