// next-auth: credentials sign-in, JWT sessions (30 min idle, renewed on activity; 12 h absolute).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { beginSignInAttempt, finishSignInAttempt, recordSignInAttempt } from "@/lib/auth/sign-in-attempts";
import { recordSignInSecurityEvents } from "@/lib/security/sign-in-events";
import { authSecret, env } from "@/lib/env";
import { findUserForSignIn } from "@/lib/users/find-user-for-sign-in";

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter an email address").max(320),
  password: z.string().min(1, "Enter your password").max(1024).refine((p) => !p.includes("\0"), "Invalid password"),
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
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const ip = clientIp(req.headers ?? {});
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) {
          const email = typeof credentials?.email === "string" ? credentials.email.replaceAll("\0", "") : "";
          await recordSignInAttempt({ email, userId: null, clientIp: ip, success: false, reason: "INVALID_INPUT" });
          return null;
        }
        const { email, password } = parsed.data;
        // The route checks first to answer 429; this check is the one that holds under parallel attempts.
        const { decision, attemptId } = await beginSignInAttempt(email, ip);
        if (!decision.allowed) {
          await recordSignInSecurityEvents({ email: email.trim().toLowerCase(), userId: null, clientIp: ip, success: false, reason: "RATE_LIMITED" });
          return null;
        }
        const user = await findUserForSignIn(email);
        const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
        const reason = !user ? "UNKNOWN_ACCOUNT" : !user.isActive ? "DISABLED_ACCOUNT" : !valid ? "BAD_PASSWORD" : "OK";
        await finishSignInAttempt(attemptId, { userId: user?.id ?? null, success: reason === "OK", reason });
        if (reason !== "OK" || !user) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.loginAt = Date.now();
      // Past the absolute limit the token stops carrying a user: every check then treats it as signed out.
      if (typeof token.loginAt !== "number" || Date.now() - token.loginAt > SESSION_ABSOLUTE_SECONDS * 1000) {
        return { loginAt: 0 };
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, loginAt: token.loginAt };
    },
  },
};
