import { describe, expect, it } from "vitest";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("stores scrypt parameters, salt and hash", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it("verifies the password it hashed and rejects a wrong one", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts: the same password hashes differently each time, and both verify", async () => {
    const [a, b] = await Promise.all([hashPassword("s3cret-pass"), hashPassword("s3cret-pass")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("s3cret-pass", a)).toBe(true);
    expect(await verifyPassword("s3cret-pass", b)).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["plain text", "s3cret-pass"],
    ["another scheme", "bcrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
    ["missing the hash part", "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA"],
    ["empty salt", "scrypt$32768$8$1$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
    ["a hash that decodes to zero bytes", "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$!!!!"],
    ["a too-short hash", "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$A"],
    [
      "a non-numeric cost",
      "scrypt$abc$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
    [
      "a cost too high to compute",
      "scrypt$4294967296$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
    [
      "a cost too low to protect",
      "scrypt$2$1$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
  ])("returns false for a malformed stored string (%s)", async (_label, stored) => {
    expect(await verifyPassword("s3cret-pass", stored)).toBe(false);
  });

  it("never verifies against DUMMY_PASSWORD_HASH", async () => {
    for (const password of ["", "password", "AAAAAAAAAAAAAAAAAAAAAA", "s3cret-pass"]) {
      expect(await verifyPassword(password, DUMMY_PASSWORD_HASH)).toBe(false);
    }
  });
});
