// next-auth: credentials sign-in, JWT sessions (30 min idle, renewed on activity; 12 h absolute).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { checkSignInAllowed, recordSignInAttempt } from "@/lib/auth/sign-in-attempts";
import { authSecret, env } from "@/lib/env";
import { findUserForSignIn } from "@/lib/users/find-user-for-sign-in";

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter an email address").max(320),
  password: z.string().min(1, "Enter your password").max(1024),
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
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(req.headers ?? {});
        // The route also checks before calling us; checking here too keeps the rule in force for any caller.
        const limit = await checkSignInAllowed(email, ip);
        if (!limit.allowed) {
          await recordSignInAttempt({ email, userId: null, clientIp: ip, success: false, reason: "RATE_LIMITED" });
          return null;
        }
        const user = await findUserForSignIn(email);
        const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
        const reason = !user ? "UNKNOWN_ACCOUNT" : !user.isActive ? "DISABLED_ACCOUNT" : !valid ? "BAD_PASSWORD" : "OK";
        await recordSignInAttempt({ email, userId: user?.id ?? null, clientIp: ip, success: reason === "OK", reason });
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
