// Server-side browser sessions (user_sessions). The cookie carries the row's id (`sid`); every check of a
// cookie reads the row together with the user in one query, so sign-out, "sign out everywhere" and an
// admin's role change or deactivation end a session at once, on every instance.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import type { LiveSession } from "@/lib/auth/sessions-schemas";
import {
  isUuid,
  SESSION_ABSOLUTE_SECONDS,
  SESSION_LAST_SEEN_RESOLUTION_SECONDS,
  SESSION_ROW_IDLE_SECONDS,
} from "@/lib/auth/session-policy";
import { db, type Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import type { ActiveUser } from "@/lib/users/active-user";

export const SESSION_END_REASONS = {
  signedOut: "signed out",
  everywhere: "signed out everywhere",
  accountChanged: "roles or account changed by an admin",
} as const;

/** Starts a session at sign-in and returns its id (the cookie's `sid`). */
export async function createUserSession(
  userId: string,
  client: { clientIp?: string | null; userAgent?: string | null } = {},
): Promise<string> {
  return db.$transaction(async (tx) => {
    // This person's sessions past the absolute limit can never be used again: dropping them here keeps
    // the table small without a job.
    await tx.userSession.deleteMany({
      where: { userId, createdAt: { lt: new Date(Date.now() - SESSION_ABSOLUTE_SECONDS * 1000) } },
    });
    const row = await tx.userSession.create({
      data: {
        userId,
        clientIp: client.clientIp?.slice(0, 64) ?? null,
        userAgent: client.userAgent?.slice(0, 512) ?? null,
      },
      select: { id: true },
    });
    return row.id;
  });
}

/**
 * The active user behind a live session, or null (missing, revoked, past 12 h, idle, user disabled).
 * One statement per request: it also writes last_seen_at when that is a minute old, never more often.
 */
export async function findSessionUser(sessionId: string, userId: string): Promise<ActiveUser | null> {
  if (!isUuid(sessionId) || !isUuid(userId)) return null;
  const [user] = await sqlRows<ActiveUser>(
    Prisma.sql`
    WITH live AS (
      SELECT s.id AS session_id, s.last_seen_at, u.id, u.email, u.name, u.roles::text[] AS roles
      FROM user_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = ${sessionId}::uuid AND s.user_id = ${userId}::uuid AND s.revoked_at IS NULL AND u.is_active
        AND s.created_at > now() - ${SESSION_ABSOLUTE_SECONDS}::int * interval '1 second'
        AND s.last_seen_at > now() - ${SESSION_ROW_IDLE_SECONDS}::int * interval '1 second'
    ), touched AS (
      UPDATE user_sessions t SET last_seen_at = now() FROM live
      WHERE t.id = live.session_id AND live.last_seen_at <= now() - ${SESSION_LAST_SEEN_RESOLUTION_SECONDS}::int * interval '1 second'
    )
    SELECT id, email, name, roles FROM live`,
    { prepared: true },
  );
  return user ?? null;
}

/** Sign-out: ends one session, audited as its owner. Ending an ended or unknown session does nothing. */
export async function endUserSession(sessionId: string): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  return db.$transaction(async (tx) => {
    const [ended] = await sqlRows<{ user_id: string; email: string }>(
      Prisma.sql`
      UPDATE user_sessions s SET revoked_at = now(), revoked_reason = ${SESSION_END_REASONS.signedOut}
      FROM users u WHERE s.id = ${sessionId}::uuid AND s.revoked_at IS NULL AND u.id = s.user_id
      RETURNING s.user_id, u.email`,
      { client: tx },
    );
    if (!ended) return false;
    const actor: Actor = { id: ended.user_id, email: ended.email };
    await recordAudit(tx, {
      actor,
      action: "session.end",
      entityType: "user_session",
      entityId: sessionId,
      after: { reason: SESSION_END_REASONS.signedOut },
    });
    return true;
  });
}

/**
 * Ends every live session of a person inside the caller's transaction (the caller audits it); returns
 * how many were live.
 */
export async function endAllUserSessions(tx: Tx, userId: string, reason: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}

/** "Sign out everywhere": ends every session of the caller, this one included. */
export async function signOutEverywhere(actor: Actor & { id: string }): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const ended = await endAllUserSessions(tx, actor.id, SESSION_END_REASONS.everywhere);
    await recordAudit(tx, {
      actor,
      action: "session.end_all",
      entityType: "user",
      entityId: actor.id,
      after: { sessionsEnded: ended, reason: SESSION_END_REASONS.everywhere },
    });
    // Often the answer to a lost laptop or a suspected theft: the security team sees it too.
    await recordSecurityEvent(tx, {
      type: "SYSTEM_CHANGE",
      severity: "LOW",
      summary: `${actor.email} signed out everywhere (${ended} session${ended === 1 ? "" : "s"} ended)`,
      user: { id: actor.id, email: actor.email },
      details: { sessionsEnded: ended },
      recordedById: actor.id,
    });
    return { ended };
  });
}

/** A person's live browser sessions, most recently used first (for "your sessions"). */
export async function listLiveSessions(userId: string, now = Date.now()): Promise<LiveSession[]> {
  const rows = await db.userSession.findMany({
    where: {
      userId,
      revokedAt: null,
      createdAt: { gt: new Date(now - SESSION_ABSOLUTE_SECONDS * 1000) },
      lastSeenAt: { gt: new Date(now - SESSION_ROW_IDLE_SECONDS * 1000) },
    },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
    select: { id: true, createdAt: true, lastSeenAt: true, clientIp: true, userAgent: true },
  });
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
  }));
}
