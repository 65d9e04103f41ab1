// Appends one audit record inside the caller's transaction. A transaction-scoped advisory lock orders
// writers so each record links to the one committed before it, across every instance of the portal.
import "server-only";
import type { Tx } from "@/lib/db";
import { computeAuditHash, GENESIS_HASH, toAuditJson } from "@/lib/audit/audit-hash";

export type Actor = { id: string | null; email: string };
export const SYSTEM_ACTOR: Actor = { id: null, email: "system" };

const AUDIT_CHAIN_LOCK = 4_281_0001;

export async function recordAudit(
  tx: Tx,
  entry: { actor: Actor; action: string; entityType: string; entityId: string; before?: unknown; after?: unknown },
) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditLog.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content = {
    at: new Date(),
    actorId: entry.actor.id,
    actorEmail: entry.actor.email,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toAuditJson(entry.before),
    after: toAuditJson(entry.after),
  };
  const hash = computeAuditHash(prevHash, content);
  await tx.auditLog.create({
    data: {
      ...content,
      before: content.before === null ? undefined : (content.before as object),
      after: content.after === null ? undefined : (content.after as object),
      prevHash,
      hash,
    },
  });
}
