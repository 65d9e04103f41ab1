// Password hashing with scrypt (memory-hard, in node:crypto): `scrypt$N$r$p$salt$hash`, base64url parts.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

const OPTIONS = (n: number, r: number, p: number): ScryptOptions => ({
  N: n,
  r,
  p,
  maxmem: 256 * n * r + 1024 * 1024,
});

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, OPTIONS(N, R, P));
  return ["scrypt", N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

// Cost parameters come from the stored string, so they are bounded: a corrupt or hostile record can
// neither weaken the check (a zero-length key would match anything) nor exhaust memory.
function parseStored(stored: string) {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return null;
  const cost = { n: Number(n), r: Number(r), p: Number(p) };
  const powerOfTwo = Number.isInteger(cost.n) && (cost.n & (cost.n - 1)) === 0;
  if (!powerOfTwo || cost.n < 2 ** 14 || cost.n > 2 ** 20) return null;
  if (
    !Number.isInteger(cost.r) ||
    cost.r < 1 ||
    cost.r > 32 ||
    !Number.isInteger(cost.p) ||
    cost.p < 1 ||
    cost.p > 4
  )
    return null;
  const expected = Buffer.from(hash, "base64url");
  if (expected.length !== KEY_LENGTH) return null;
  return { ...cost, salt: Buffer.from(salt, "base64url"), expected };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) {
    // Same work as a real check, so a broken record does not answer faster than a wrong password.
    await scrypt(password, Buffer.alloc(16), KEY_LENGTH, OPTIONS(N, R, P));
    return false;
  }
  const actual = await scrypt(password, parsed.salt, KEY_LENGTH, OPTIONS(parsed.n, parsed.r, parsed.p));
  return timingSafeEqual(actual, parsed.expected);
}

// Verifying against this when the account does not exist keeps response times alike for both cases.
export const DUMMY_PASSWORD_HASH =
  "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
