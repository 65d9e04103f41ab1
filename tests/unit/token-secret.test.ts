import { describe, expect, it } from "vitest";
import { generateTokenSecret, hashTokenSecret, TOKEN_PREFIX } from "@/lib/tokens/token-secret";

describe("generateTokenSecret", () => {
  it("returns a nops_ secret with its SHA-256 hash and an 11-char prefix", () => {
    const { secret, hash, prefix } = generateTokenSecret();
    expect(TOKEN_PREFIX).toBe("nops_");
    // 32 random bytes → 43 base64url characters.
    expect(secret).toMatch(/^nops_[A-Za-z0-9_-]{43}$/);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashTokenSecret(secret));
    expect(prefix).toBe(secret.slice(0, 11));
    expect(prefix).toHaveLength(11);
  });

  it("gives a different secret each time", () => {
    const a = generateTokenSecret();
    const b = generateTokenSecret();
    expect(a.secret).not.toBe(b.secret);
    expect(a.hash).not.toBe(b.hash);
  });
});

describe("hashTokenSecret", () => {
  it("is the hex SHA-256 of the secret", () => {
    expect(hashTokenSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
