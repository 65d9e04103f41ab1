// The one-click acknowledge link a notification carries: a token signed with a server key (HMAC-SHA256),
// short-lived, bound to one person and one incident, and single-use: this module gives the token's id,
// the caller records the ids it accepted and refuses one seen before (kept until `expiresAt` passes).
// The link alone never acknowledges: it needs that person's session (docs/escalation.md says why).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Default lifetime of a link: long enough to read the page, short enough that an old e-mail is dead. */
export const ACK_TOKEN_TTL_MINUTES = 30;
export const MAX_ACK_TOKEN_TTL_MINUTES = 24 * 60;
/** A key shorter than this is refused: HMAC-SHA256 wants at least 256 bits of secret. */
export const MIN_ACK_KEY_BYTES = 32;
/** Anything longer is not one of ours; refused before any work. */
export const MAX_ACK_TOKEN_LENGTH = 1024;

const VERSION = "ack1";
const SIGNATURE_BYTES = 32;
const B64URL = /^[A-Za-z0-9_-]+$/;

export type AckKey = string | Uint8Array;

export type AckTokenPayload = { userId: string; incidentKey: string; tokenId: string; expiresAt: Date };

export type AckTokenResult =
  ({ ok: true } & AckTokenPayload) | { ok: false; reason: "expired" | "tampered" | "malformed" };

function keyBytes(key: AckKey): Buffer {
  const bytes = typeof key === "string" ? Buffer.from(key, "utf8") : Buffer.from(key);
  if (bytes.length < MIN_ACK_KEY_BYTES)
    throw new Error(`The acknowledge-link key needs ${MIN_ACK_KEY_BYTES}+ bytes`);
  return bytes;
}

// The version prefix keeps a signature over some other message from ever passing as an ack token.
function sign(key: Buffer, body: string): Buffer {
  return createHmac("sha256", key).update(`${VERSION}.${body}`, "utf8").digest();
}

/**
 * A signed acknowledge token for `userId` on `incidentKey`, valid for `ttlMinutes` (default 30) from
 * `now`. Returns the token (URL-safe), its id (for the caller's single-use record) and its expiry.
 */
export function createAckToken(input: {
  userId: string;
  incidentKey: string;
  key: AckKey;
  now?: Date;
  ttlMinutes?: number;
}): { token: string; tokenId: string; expiresAt: Date } {
  const ttl = input.ttlMinutes ?? ACK_TOKEN_TTL_MINUTES;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_ACK_TOKEN_TTL_MINUTES)
    throw new RangeError(`ttlMinutes must be a whole number from 1 to ${MAX_ACK_TOKEN_TTL_MINUTES}`);
  const expiresAt = new Date((input.now ?? new Date()).getTime() + ttl * 60_000);
  const tokenId = randomBytes(16).toString("base64url");
  const payload = { v: VERSION, u: input.userId, i: input.incidentKey, t: tokenId, e: expiresAt.getTime() };
  const body = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  const signature = sign(keyBytes(input.key), body).toString("base64url");
  return { token: `${body}.${signature}`, tokenId, expiresAt };
}

function parsePayload(body: string): AckTokenPayload | null {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const { v, u, i, t, e } = data as Record<string, unknown>;
  if (v !== VERSION || typeof u !== "string" || typeof i !== "string" || typeof t !== "string") return null;
  if (typeof e !== "number" || !Number.isSafeInteger(e)) return null;
  return { userId: u, incidentKey: i, tokenId: t, expiresAt: new Date(e) };
}

/**
 * Checks a token: its shape (`malformed`), its signature under any of `keys` (the current key first,
 * then ones being rotated out; a mismatch is `tampered`, compared in constant time), then its expiry
 * (`expired` from `expiresAt` on). Does not check single use, the person or the incident: the caller does.
 */
export function readAckToken(
  token: string,
  keys: AckKey | readonly AckKey[],
  now = new Date(),
): AckTokenResult {
  if (token.length > MAX_ACK_TOKEN_LENGTH) return { ok: false, reason: "malformed" };
  const parts = token.split(".");
  if (parts.length !== 2) return { ok: false, reason: "malformed" };
  const [body = "", sig = ""] = parts;
  if (!B64URL.test(body) || !B64URL.test(sig)) return { ok: false, reason: "malformed" };
  const offered = Buffer.from(sig, "base64url");
  // Only the canonical spelling: two strings may decode to the same bytes.
  if (offered.length !== SIGNATURE_BYTES || offered.toString("base64url") !== sig)
    return { ok: false, reason: "malformed" };
  const candidates = Array.isArray(keys) ? (keys as readonly AckKey[]) : [keys as AckKey];
  const signed = candidates.some((key) => timingSafeEqual(sign(keyBytes(key), body), offered));
  if (!signed) return { ok: false, reason: "tampered" };
  const payload = parsePayload(body);
  if (!payload) return { ok: false, reason: "malformed" };
  if (now.getTime() >= payload.expiresAt.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, ...payload };
}

/** The link a notification carries: the incident page, which asks the signed-in person to confirm. */
export function ackLinkPath(incidentKey: string, token: string): string {
  return `/incidents/${encodeURIComponent(incidentKey)}?ack=${encodeURIComponent(token)}`;
}

export type AckDecision =
  | { ok: true; tokenId: string; expiresAt: Date }
  | { ok: false; reason: "expired" | "tampered" | "malformed" | "used" | "other-person" | "other-incident" };

/**
 * The whole check the acknowledge handler makes, pure: the token is good, was issued for the signed-in
 * person (`sessionUserId`) and for this incident, and its id has not been used (`isUsed`, the caller's
 * record). On `ok` the caller records `tokenId` as used in the same transaction as the acknowledgement.
 */
export function decideAck(
  token: string,
  context: {
    keys: AckKey | readonly AckKey[];
    sessionUserId: string;
    incidentKey: string;
    isUsed: (tokenId: string) => boolean;
    now?: Date;
  },
): AckDecision {
  const read = readAckToken(token, context.keys, context.now);
  if (!read.ok) return read;
  if (read.userId !== context.sessionUserId) return { ok: false, reason: "other-person" };
  if (read.incidentKey !== context.incidentKey) return { ok: false, reason: "other-incident" };
  if (context.isUsed(read.tokenId)) return { ok: false, reason: "used" };
  return { ok: true, tokenId: read.tokenId, expiresAt: read.expiresAt };
}
