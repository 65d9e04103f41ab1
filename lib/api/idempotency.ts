// Idempotency-Key for creates. The key, its outcome and the write commit together: the first audit record
// a keyed request appends also inserts the key row, with the response and the entity made, in the same
// statement (idempotent_audit_append, migration 20261207090000). Every create audits its response as
// "after", so that row is the first response. A crash at any moment leaves either all three or none;
// a retry replays the first response or writes once. A duplicate racing the first waits on the key's
// primary key and, once the first commits, fails; the handler then replays the first response.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { canonicalJson } from "@/lib/audit/audit-hash";
import { db } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";

export type StoredResponse = { status: number; body: unknown };

export type IdempotencyScope = {
  userId: string;
  key: string;
  requestHash: string;
  status: number;
  bound: boolean;
};

export type IdempotentOutcome = {
  requestHash: string;
  responseStatus: number | null;
  responseBody: unknown;
  entityType: string | null;
  entityId: string | null;
};

const scopes = new AsyncLocalStorage<IdempotencyScope>();

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path} ${canonicalJson(body)}`)
    .digest("hex");
}

// Runs a keyed write; its first audit record binds the key (see bindIdempotencyKey).
export function runWithIdempotencyKey<T>(scope: IdempotencyScope, run: () => Promise<T>): Promise<T> {
  return scopes.run(scope, run);
}

// For lib/audit/record-audit.ts: the running request's key, once. Later audit records of the same
// request (and work started after it, such as a P1's escalation) append normally.
export function bindIdempotencyKey(): IdempotencyScope | null {
  const scope = scopes.getStore();
  if (!scope || scope.bound) return null;
  scope.bound = true;
  return scope;
}

export async function findIdempotentOutcome(userId: string, key: string): Promise<IdempotentOutcome | null> {
  const row = await db.idempotencyKey.findUnique({
    where: { userId_key: { userId, key } },
    select: { requestHash: true, responseStatus: true, responseBody: true, entityType: true, entityId: true },
  });
  return row;
}

// What a retry gets: the first response, or why not.
export function replayOf(outcome: IdempotentOutcome, requestHash: string): StoredResponse {
  if (outcome.requestHash !== requestHash) {
    throw new AppError("UNPROCESSABLE", "This Idempotency-Key was already used for a different request");
  }
  if (outcome.responseStatus === null) {
    // Only rows written before keys committed with their writes can look like this.
    const made = outcome.entityType
      ? ` (${outcome.entityType.replaceAll("_", " ")} ${outcome.entityId})`
      : "";
    throw new AppError(
      "CONFLICT",
      `A request with this Idempotency-Key was already carried out${made}, but its response was not kept; look it up instead of retrying`,
    );
  }
  return { status: outcome.responseStatus, body: outcome.responseBody };
}

// A keyed write that appended no audit record (every create audits; this is the safety net) records its
// key after the fact, so a retry still replays rather than writing again.
export async function settleUnboundKey(scope: IdempotencyScope, response: StoredResponse): Promise<void> {
  await sqlExecute(
    Prisma.sql`
    INSERT INTO idempotency_keys (user_id, key, request_hash, response_status, response_body)
    VALUES (${scope.userId}::uuid, ${scope.key}, ${scope.requestHash}, ${response.status}, ${JSON.stringify(response.body ?? null)}::jsonb)
    ON CONFLICT DO NOTHING`,
    { client: db },
  );
}

// The SQL that inserts the key row; lib/audit/record-audit.ts wraps audit_append's arguments in it.
export function keyedAuditCall(scope: IdempotencyScope, auditArgs: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`idempotent_audit_append(${scope.userId}::uuid, ${scope.key}, ${scope.requestHash}, ${scope.status}::integer, ${auditArgs})`;
}

/** How long a key is kept for retries: a week covers any client's retry policy (Stripe keeps 24 h). */
export const IDEMPOTENCY_KEY_RETENTION_DAYS = 7;

/** Deletes keys older than the retention (nightly job); a retry after that is a new request. */
export async function pruneIdempotencyKeys(now = new Date()): Promise<{ deleted: number }> {
  const before = new Date(now.getTime() - IDEMPOTENCY_KEY_RETENTION_DAYS * 86_400_000);
  const deleted = await sqlExecute(Prisma.sql`DELETE FROM idempotency_keys WHERE created_at < ${before}`, {
    client: db,
  });
  return { deleted };
}
