import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import {
  AUDIT_HASH_SUFFIX,
  auditHashPrefix,
  canonicalJson,
  computeAuditHash,
  GENESIS_HASH,
  verifyChain,
  type AuditContent,
  type ChainRecord,
} from "@/lib/audit/audit-hash";

const content = (n: number): AuditContent => ({
  at: new Date(Date.UTC(2025, 0, n, 9, 0, 0)),
  actorId: "user-1",
  actorEmail: "ops@example.com",
  action: "service.update",
  entityType: "Service",
  entityId: "case-api",
  before: { tier: "STANDARD", version: n },
  after: { tier: "CRITICAL", version: n + 1 },
});

function buildChain(count: number): ChainRecord[] {
  const records: ChainRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const c = content(i);
    const hash = computeAuditHash(prevHash, c);
    records.push({ ...c, id: BigInt(i), prevHash, hash });
    prevHash = hash;
  }
  return records;
}

describe("canonicalJson", () => {
  it("does not depend on key order, at any depth", () => {
    const a = { b: 1, a: { y: [1, 2], x: "s" } };
    const b = { a: { x: "s", y: [1, 2] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"s","y":[1,2]},"b":1}');
  });

  it("writes Dates as ISO strings", () => {
    expect(canonicalJson({ at: new Date("2025-01-02T03:04:05.678Z") })).toBe(
      '{"at":"2025-01-02T03:04:05.678Z"}',
    );
  });

  it("keeps array order", () => {
    expect(canonicalJson([3, 1, 2])).toBe("[3,1,2]");
    expect(canonicalJson([3, 1, 2])).not.toBe(canonicalJson([1, 2, 3]));
  });

  it("writes null and undefined as null and drops undefined keys", () => {
    expect(canonicalJson(null)).toBe("null");
    expect(canonicalJson(undefined)).toBe("null");
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe("computeAuditHash", () => {
  const base = content(1);
  const baseHash = computeAuditHash(GENESIS_HASH, base);

  it("is a 64-char hex SHA-256 and deterministic", () => {
    expect(baseHash).toMatch(/^[0-9a-f]{64}$/);
    expect(computeAuditHash(GENESIS_HASH, { ...base })).toBe(baseHash);
  });

  it("does not depend on key order inside before/after", () => {
    expect(computeAuditHash(GENESIS_HASH, { ...base, after: { version: 2, tier: "CRITICAL" } })).toBe(
      baseHash,
    );
  });

  it.each<[string, Partial<AuditContent>]>([
    ["at", { at: new Date(base.at.getTime() + 1) }],
    ["actorId", { actorId: null }],
    ["actorEmail", { actorEmail: "other@example.com" }],
    ["action", { action: "service.create" }],
    ["entityType", { entityType: "Token" }],
    ["entityId", { entityId: "other-api" }],
    ["before", { before: { tier: "DEVELOPMENT", version: 1 } }],
    ["after", { after: { tier: "CRITICAL", version: 3 } }],
  ])("changes when %s changes", (_field, change) => {
    expect(computeAuditHash(GENESIS_HASH, { ...base, ...change })).not.toBe(baseHash);
  });

  it("changes when prevHash changes", () => {
    expect(computeAuditHash("1".repeat(64), base)).not.toBe(baseHash);
  });
});

describe("verifyChain", () => {
  it("accepts a correctly built chain and counts its records", () => {
    const chain = buildChain(3);
    expect(verifyChain(chain)).toEqual({ ok: true, checked: 3, lastHash: chain[2]!.hash });
  });

  it("accepts an empty chain", () => {
    expect(verifyChain([])).toEqual({ ok: true, checked: 0, lastHash: GENESIS_HASH });
  });

  it("names the record whose content was edited", () => {
    const chain = buildChain(3);
    chain[1] = { ...chain[1]!, after: { tier: "DEVELOPMENT", version: 3 } };
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      checked: 1,
      brokenId: 2n,
      reason: "its content does not match its hash",
    });
  });

  it("names the record after one removed from the middle", () => {
    const [first, , third] = buildChain(3);
    expect(verifyChain([first!, third!])).toMatchObject({
      ok: false,
      checked: 1,
      brokenId: 3n,
      reason: "its previous-hash link does not match the record before it",
    });
  });

  it("names the record whose prevHash was altered", () => {
    const chain = buildChain(3);
    chain[2] = { ...chain[2]!, prevHash: "f".repeat(64) };
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      checked: 2,
      brokenId: 3n,
      reason: "its previous-hash link does not match the record before it",
    });
  });

  it("names the first record when it does not link to the genesis hash", () => {
    const chain = buildChain(3);
    chain[0] = { ...chain[0]!, prevHash: "a".repeat(64) };
    expect(verifyChain(chain)).toMatchObject({ ok: false, checked: 0, brokenId: 1n });
  });

  it("continues from a previous batch's last hash and count", () => {
    const chain = buildChain(3);
    expect(verifyChain(chain.slice(2), chain[1]!.hash, 2)).toEqual({
      ok: true,
      checked: 3,
      lastHash: chain[2]!.hash,
    });
  });
});

describe("auditHashPrefix", () => {
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
  it("with the previous hash and the suffix appended gives the record's hash (what PostgreSQL computes)", () => {
    const odd: AuditContent = {
      ...content(3),
      actorId: null,
      before: null,
      after: { note: 'Zürich "quoted" ✓', nested: { z: 1, a: [true, null] } },
    };
    for (const c of [content(1), content(2), odd]) {
      for (const prev of [GENESIS_HASH, computeAuditHash(GENESIS_HASH, content(9))]) {
        expect(sha256(auditHashPrefix(c) + prev + AUDIT_HASH_SUFFIX)).toBe(computeAuditHash(prev, c));
      }
    }
  });
  it("does not contain the previous hash, so it can be computed before the chain's lock is taken", () => {
    expect(auditHashPrefix(content(1)).endsWith('"prevHash":"')).toBe(true);
  });
});
