// The audit chain's hashing (pure). Each record's hash covers its content and the previous record's
// hash, so changing or removing any record breaks every hash after it.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type AuditContent = {
  at: Date;
  actorId: string | null;
  actorEmail: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

// JSON with object keys sorted at every level, so jsonb's key reordering does not change the hash.
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function canonicalBody(prevHash: string, content: AuditContent): string {
  return canonicalJson({
    prevHash,
    at: content.at.toISOString(),
    actorId: content.actorId,
    actorEmail: content.actorEmail,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    before: content.before ?? null,
    after: content.after ?? null,
  });
}

export function computeAuditHash(prevHash: string, content: AuditContent): string {
  return createHash("sha256").update(canonicalBody(prevHash, content)).digest("hex");
}

// prevHash sorts last among the body's keys, so the body is this prefix, the previous hash, then `"}`.
// PostgreSQL appends a record in one statement from it (audit_append in the write_contention migration),
// taking the chain's lock only then: sha256(prefix || previous hash || '"}') equals computeAuditHash.
export const AUDIT_HASH_SUFFIX = '"}';
export function auditHashPrefix(content: AuditContent): string {
  const body = canonicalBody("", content);
  return body.slice(0, body.length - AUDIT_HASH_SUFFIX.length);
}

// Plain JSON (dates as ISO strings), the form in which before/after are stored and hashed.
export function toAuditJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as unknown;
}

export type ChainRecord = AuditContent & { id: bigint; prevHash: string; hash: string };

export type ChainVerdict =
  { ok: true; checked: number } | { ok: false; checked: number; brokenId: bigint; reason: string };

// Walks records in id order; the first whose link or hash does not match is named.
export function verifyChain(
  records: Iterable<ChainRecord>,
  expectedPrev = GENESIS_HASH,
  checkedBefore = 0,
): ChainVerdict & { lastHash: string } {
  let prev = expectedPrev;
  let checked = checkedBefore;
  for (const record of records) {
    if (record.prevHash !== prev) {
      return {
        ok: false,
        checked,
        brokenId: record.id,
        reason: "its previous-hash link does not match the record before it",
        lastHash: prev,
      };
    }
    if (computeAuditHash(record.prevHash, record) !== record.hash) {
      return {
        ok: false,
        checked,
        brokenId: record.id,
        reason: "its content does not match its hash",
        lastHash: prev,
      };
    }
    prev = record.hash;
    checked += 1;
  }
  return { ok: true, checked, lastHash: prev };
}
