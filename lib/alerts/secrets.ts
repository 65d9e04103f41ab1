// Integration secrets (pure): 256 random bits, shown once; only their SHA-256 is stored. A secret
// authorizes only its own integration's intake endpoint, never the rest of the API.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const INTEGRATION_SECRET_PREFIX = "nint_";

export function generateIntegrationSecret(): { secret: string; hash: string; prefix: string } {
  const secret = INTEGRATION_SECRET_PREFIX + randomBytes(32).toString("base64url");
  return {
    secret,
    hash: hashIntegrationSecret(secret),
    prefix: secret.slice(0, INTEGRATION_SECRET_PREFIX.length + 6),
  };
}

export function hashIntegrationSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Whether `secret` is the integration's current secret, or its previous one still inside the grace period. */
export function secretMatches(
  secret: string,
  stored: { secretHash: string; previousSecretHash: string | null; previousSecretExpiresAt: Date | null },
  now: Date,
): boolean {
  const hash = Buffer.from(hashIntegrationSecret(secret), "hex");
  const same = (hex: string) => {
    const other = Buffer.from(hex, "hex");
    return other.length === hash.length && timingSafeEqual(other, hash);
  };
  if (same(stored.secretHash)) return true;
  return (
    stored.previousSecretHash !== null &&
    stored.previousSecretExpiresAt !== null &&
    stored.previousSecretExpiresAt > now &&
    same(stored.previousSecretHash)
  );
}

/** The secret a request carries: `Authorization: Bearer <secret>`, or the Events API's `routing_key`. */
export function presentedSecret(authorization: string | null, routingKey?: unknown): string | null {
  const m = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (m) return m[1]!;
  return typeof routingKey === "string" && routingKey.length > 0 ? routingKey : null;
}
