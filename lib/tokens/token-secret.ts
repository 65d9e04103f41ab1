// API token secrets (pure): 256 random bits, shown once; only their SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "nops_";

export function generateTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
