// Role changes and deactivation (admins). Recorded in the audit log and as a SYSTEM_CHANGE security
// event; granting ADMIN is a HIGH one. The last active admin cannot be removed. Either change ends the
// person's browser sessions in the same transaction (they sign in again under the new roles); personal
// API tokens stay valid on a role change (roles are read live) and stop working while disabled.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { doesAccountChangeEndSessions } from "@/lib/auth/session-policy";
import { endAllUserSessions, SESSION_END_REASONS } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { AppError, notFound } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import type { ManagedUser, UpdateUserInput } from "@/lib/users/schemas";

const toManaged = (u: {
  id: string;
  name: string;
  email: string;
  roles: ManagedUser["roles"];
  isActive: boolean;
  version: number;
}): ManagedUser => ({
  id: u.id,
  name: u.name,
  email: u.email,
  roles: u.roles,
  isActive: u.isActive,
  version: u.version,
});

export async function listManagedUsers(): Promise<{ items: ManagedUser[] }> {
  const users = await db.user.findMany({ orderBy: [{ isActive: "desc" }, { name: "asc" }], take: 1000 });
  return { items: users.map(toManaged) };
}

export async function updateUser(actor: Principal, id: string, input: UpdateUserInput): Promise<ManagedUser> {
  return db.$transaction(async (tx) => {
    // Serializes admin changes, so two admins demoting each other cannot leave nobody.
    await sqlExecute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('user-roles'))`, { client: tx });
    const current = await tx.user.findUnique({ where: { id } });
    if (!current) throw notFound("User");
    if (current.version !== input.version)
      throw new AppError(
        "CONFLICT",
        "The user was changed by someone else since you read it; reload and try again",
      );
    const roles = input.roles ? [...new Set(input.roles)] : current.roles;
    const isActive = input.isActive ?? current.isActive;
    const wasAdmin = current.isActive && current.roles.includes("ADMIN");
    if (wasAdmin && !(isActive && roles.includes("ADMIN"))) {
      const admins = await tx.user.count({
        where: { isActive: true, roles: { has: "ADMIN" }, id: { not: id } },
      });
      if (admins === 0)
        throw new AppError(
          "UNPROCESSABLE",
          "This is the last active admin; make someone else an admin first",
        );
    }
    const updated = await tx.user.update({
      where: { id },
      data: { roles, isActive, version: current.version + 1 },
    });
    const before = toManaged(current);
    const after = toManaged(updated);
    const added = roles.filter((r) => !current.roles.includes(r));
    const removed = current.roles.filter((r) => !roles.includes(r));
    const endsSessions = doesAccountChangeEndSessions(current, { roles, isActive });
    const sessionsEnded = endsSessions
      ? await endAllUserSessions(tx, id, SESSION_END_REASONS.accountChanged)
      : 0;
    await recordAudit(tx, {
      actor,
      action: "user.update",
      entityType: "user",
      entityId: id,
      before,
      after: endsSessions ? { ...after, sessionsEnded } : after,
    });
    const changes = [
      ...(added.length ? [`granted ${added.join(", ")}`] : []),
      ...(removed.length ? [`removed ${removed.join(", ")}`] : []),
      ...(isActive !== current.isActive ? [isActive ? "reactivated" : "deactivated"] : []),
    ];
    if (changes.length) {
      await recordSecurityEvent(tx, {
        type: "SYSTEM_CHANGE",
        severity: added.includes("ADMIN") ? "HIGH" : "MEDIUM",
        summary: `${actor.email} ${changes.join("; ")} for ${current.email}`,
        user: { id, email: current.email },
        details: { before: { roles: current.roles, isActive: current.isActive }, after: { roles, isActive } },
        recordedById: actor.id,
      });
    }
    return after;
  });
}
