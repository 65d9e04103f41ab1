// Appends one audit record inside the caller's transaction, linked into the hash chain. PostgreSQL does
// the linking in one statement (audit_append: take the chain's lock, read the newest hash, insert), so
// writers queue on the chain only for that statement and their commit, across every instance.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { bindIdempotencyKey, keyedAuditCall } from "@/lib/api/idempotency";
import { auditHashPrefix, toAuditJson } from "@/lib/audit/audit-hash";

export type Actor = { id: string | null; email: string };
export const SYSTEM_ACTOR: Actor = { id: null, email: "system" };

const jsonParam = (value: unknown) => (value === null ? null : JSON.stringify(value));

type AuditEntry = {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

export async function recordAudit(tx: Tx, entry: AuditEntry) {
  await sqlRows(Prisma.sql`SELECT ${auditAppend(entry)}`, { client: tx });
}

// The call that appends the record, `audit_append(…)`, for a statement that does more (one that reports
// an incident and audits it at once: lib/incidents/create-incident.ts).
export function auditAppend(entry: AuditEntry): Prisma.Sql {
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
  const args = Prisma.sql`${content.at}, ${content.actorId}::uuid, ${content.actorEmail}, ${content.action},
    ${content.entityType}, ${content.entityId}, ${jsonParam(content.before)}::jsonb, ${jsonParam(content.after)}::jsonb, ${auditHashPrefix(content)}`;
  // The first record of a request sent with an Idempotency-Key also commits the key and its response
  // (the audited "after" is the create's response): lib/api/idempotency.ts.
  const keyed = bindIdempotencyKey();
  return keyed ? keyedAuditCall(keyed, args) : Prisma.sql`audit_append(${args})`;
}
