// Grants expire on time: each approval queues a job at its expiry (pg-boss, stored in PostgreSQL, so it
// survives restarts), and a sweep every minute catches anything a stopped queue missed. Expiring is a
// conditional update, so however many runs see a grant, it expires once.
import "server-only";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { runningJobQueue } from "@/lib/jobs/queue-handle";
import { log } from "@/lib/log";
import { notifyUsers } from "@/lib/notifications/notify";
import { recordSecurityEvent } from "@/lib/security/record-security-event";

export const GRANT_EXPIRY_JOB = "access-grant-expiry";

export async function scheduleGrantExpiry(requestId: string, at: Date): Promise<void> {
  const boss = runningJobQueue();
  if (!boss) return; // jobs run elsewhere: their minute sweep expires it
  try {
    await boss.send(
      GRANT_EXPIRY_JOB,
      { requestId },
      { startAfter: at, singletonKey: `${requestId}:${at.toISOString()}` },
    );
  } catch (error) {
    log.warn("could not queue a grant expiry; the sweep will expire it", { requestId, error: String(error) });
  }
}

export async function expireDueGrants(now = new Date()): Promise<number> {
  const due = await db.accessRequest.findMany({
    where: { status: "APPROVED", expiresAt: { lte: now } },
    select: { id: true },
    orderBy: { expiresAt: "asc" },
    take: 500,
  });
  let expired = 0;
  for (const { id } of due) {
    const done = await db.$transaction(async (tx) => {
      const claimed = await tx.accessRequest.updateMany({
        where: { id, status: "APPROVED", expiresAt: { lte: now } },
        data: { status: "EXPIRED", endedAt: now, endReason: "Expired", version: { increment: 1 } },
      });
      if (claimed.count === 0) return false; // another run got there first
      const row = await tx.accessRequest.findUniqueOrThrow({
        where: { id },
        include: { requestedFor: { select: { id: true, name: true, email: true } } },
      });
      const what = `${row.accessType} on ${row.resources.join(", ")}`;
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: "access_request.expire",
        entityType: "access_request",
        entityId: id,
        before: { status: "APPROVED", expiresAt: row.expiresAt },
        after: { status: "EXPIRED", endedAt: now },
      });
      await recordSecurityEvent(tx, {
        type: "SYSTEM_CHANGE",
        severity: "LOW",
        summary: `${what} for ${row.requestedFor.name} expired`,
        user: { id: row.requestedFor.id, email: row.requestedFor.email },
        details: { accessRequestId: id },
        at: now,
      });
      await notifyUsers(tx, [row.requestedForId, row.requestedById], {
        kind: "ACCESS_EXPIRED",
        title: `${what} expired`,
        link: `/access/${id}`,
      });
      return true;
    });
    if (done) expired += 1;
  }
  return expired;
}
