// Sign-in limits per account and per client, read from the record of attempts (shared by all instances).
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { decideLimit, type LimitDecision } from "@/lib/auth/rate-limit";

export async function checkSignInAllowed(email: string, ip: string, now = new Date()): Promise<LimitDecision> {
  const windowMs = env.LOGIN_WINDOW_MINUTES * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const normalized = email.trim().toLowerCase();
  const [lastSuccess, accountFailures, clientFailures] = await Promise.all([
    db.loginAttempt.findFirst({ where: { email: normalized, success: true, at: { gte: since } }, orderBy: { at: "desc" }, select: { at: true } }),
    db.loginAttempt.findMany({
      where: { email: normalized, success: false, reason: { not: "RATE_LIMITED" }, at: { gte: since } },
      orderBy: { at: "desc" },
      take: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      select: { at: true },
    }),
    db.loginAttempt.findMany({
      where: { clientIp: ip, success: false, reason: { not: "RATE_LIMITED" }, at: { gte: since } },
      orderBy: { at: "desc" },
      take: env.LOGIN_MAX_FAILURES_PER_CLIENT,
      select: { at: true },
    }),
  ]);
  // A good sign-in clears the account's count; the client's count only ages out. Attempts refused by
  // the limiter itself do not count, so a lockout ends on time even if someone keeps trying.
  const accountTimes = accountFailures.map((f) => f.at).filter((at) => !lastSuccess || at > lastSuccess.at);
  const account = decideLimit(accountTimes, env.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowMs, now);
  const client = decideLimit(clientFailures.map((f) => f.at), env.LOGIN_MAX_FAILURES_PER_CLIENT, windowMs, now);
  if (!account.allowed && !client.allowed) {
    return { allowed: false, retryAfterSeconds: Math.max(account.retryAfterSeconds, client.retryAfterSeconds) };
  }
  return account.allowed ? client : account;
}

export async function recordSignInAttempt(attempt: { email: string; userId: string | null; clientIp: string; success: boolean; reason: string }) {
  await db.loginAttempt.create({ data: { ...attempt, email: attempt.email.trim().toLowerCase().slice(0, 320) } });
}

export async function listRecentSignInAttempts(limit = 100) {
  return db.loginAttempt.findMany({ orderBy: { at: "desc" }, take: limit });
}
