import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "@/lib/notify/secret-box";

const key = randomBytes(32);
const owner = "7d5c2a52-2d4e-4a1b-9a53-6a9a3f0c1e11";
const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

describe("sealing a webhook secret at rest", () => {
  it("opens with the same key and owner, and never holds the secret in clear", () => {
    const sealed = sealSecret(key, secret, owner);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(secret.slice(6));
    expect(openSecret(key, sealed, owner)).toBe(secret);
  });

  it("seals the same secret differently each time (a fresh IV)", () => {
    expect(sealSecret(key, secret, owner)).not.toBe(sealSecret(key, secret, owner));
  });

  it("does not open with another key, for another owner, altered, or from text that is not sealed", () => {
    const sealed = sealSecret(key, secret, owner);
    expect(openSecret(randomBytes(32), sealed, owner)).toBeNull();
    expect(openSecret(key, sealed, "another-owner")).toBeNull();
    const [v, iv, tag, body] = sealed.split(".") as [string, string, string, string];
    const flipped = (body[0] === "A" ? "B" : "A") + body.slice(1);
    expect(openSecret(key, [v, iv, tag, flipped].join("."), owner)).toBeNull();
    expect(openSecret(key, secret, owner)).toBeNull();
    expect(openSecret(key, "v2.a.b.c", owner)).toBeNull();
    expect(openSecret(key, "v1.AAAA.AAAA.AAAA", owner)).toBeNull();
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => sealSecret(randomBytes(16), secret, owner)).toThrow(RangeError);
  });
});
