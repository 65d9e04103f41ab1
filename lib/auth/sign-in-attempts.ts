// Sign-in limits per account and per client, read from the record of attempts (shared by all instances).
// An attempt is recorded as PENDING before the password is checked, under a lock per account and per
// client, so parallel guesses cannot all slip past the limit while the password hash is computed.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { onlyColumns } from "@/lib/db/columns";
import { env } from "@/lib/env";
import { decideLimit, type LimitDecision } from "@/lib/auth/rate-limit";
import { recordSignInSecurityEvents } from "@/lib/security/sign-in-events";

const normalize = (email: string) => email.trim().toLowerCase().slice(0, 320);

async function decide(client: Tx | typeof db, email: string, ip: string, now: Date): Promise<LimitDecision> {
  const windowMs = env.LOGIN_WINDOW_MINUTES * 60_000;
  const since = new Date(now.getTime() - windowMs);
  // Attempts refused by the limiter itself do not count, so a lockout ends on time however often
  // someone keeps trying; a good sign-in clears the account's count, the client's only ages out.
  const counted = { success: false, reason: { not: "RATE_LIMITED" }, at: { gte: since } };
  // One after another: inside a transaction they share a single connection.
  const lastSuccess = await client.loginAttempt.findFirst({
    where: { email, success: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const accountFailures = await client.loginAttempt.findMany({
    where: { email, ...counted },
    orderBy: { at: "desc" },
    take: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    select: { at: true },
  });
  const clientFailures = await client.loginAttempt.findMany({
    where: { clientIp: ip, ...counted },
    orderBy: { at: "desc" },
    take: env.LOGIN_MAX_FAILURES_PER_CLIENT,
    select: { at: true },
  });
  const accountTimes = accountFailures.map((f) => f.at).filter((at) => !lastSuccess || at > lastSuccess.at);
  const account = decideLimit(accountTimes, env.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowMs, now);
  const perClient = decideLimit(
    clientFailures.map((f) => f.at),
    env.LOGIN_MAX_FAILURES_PER_CLIENT,
    windowMs,
    now,
  );
  if (!account.allowed && !perClient.allowed) {
    return {
      allowed: false,
      retryAfterSeconds: Math.max(account.retryAfterSeconds, perClient.retryAfterSeconds),
    };
  }
  return account.allowed ? perClient : account;
}

export async function checkSignInAllowed(
  email: string,
  ip: string,
  now = new Date(),
): Promise<LimitDecision> {
  return decide(db, normalize(email), ip, now);
}

export type StartedAttempt = { decision: LimitDecision; attemptId: bigint };

export async function beginSignInAttempt(
  rawEmail: string,
  ip: string,
  now = new Date(),
): Promise<StartedAttempt> {
  const email = normalize(rawEmail);
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${`signin:${email}`}))`, {
      client: tx,
    });
    await sqlExecute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${`signin-ip:${ip}`}))`, {
      client: tx,
    });
    const decision = await decide(tx, email, ip, now);
    const row = await tx.loginAttempt.create({
      data: {
        email,
        clientIp: ip,
        success: false,
        reason: decision.allowed ? "PENDING" : "RATE_LIMITED",
        at: now,
      },
      select: { id: true },
    });
    return { decision, attemptId: row.id };
  });
}

export async function finishSignInAttempt(
  attemptId: bigint,
  outcome: { userId: string | null; success: boolean; reason: string },
) {
  const row = await db.loginAttempt.update({
    where: { id: attemptId },
    data: onlyColumns<Prisma.LoginAttemptUncheckedUpdateInput>()(outcome),
    select: { email: true, clientIp: true },
  });
  await recordSignInSecurityEvents({ ...row, ...outcome });
}

// Attempts that never reach the password check (malformed, refused by the limit) are recorded too.
export async function recordSignInAttempt(attempt: {
  email: string;
  userId: string | null;
  clientIp: string;
  success: boolean;
  reason: string;
}) {
  const email = normalize(attempt.email);
  await db.loginAttempt.create({
    data: { ...onlyColumns<Prisma.LoginAttemptUncheckedCreateInput>()(attempt), email },
  });
  await recordSignInSecurityEvents({ ...attempt, email });
}

export async function listRecentSignInAttempts(limit = 100) {
  return db.loginAttempt.findMany({ orderBy: { at: "desc" }, take: limit });
}
