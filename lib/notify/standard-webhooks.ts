// Standard Webhooks 1.0.0 (https://www.standardwebhooks.com), symmetric scheme, pure: HMAC-SHA256 over
// "id.timestamp.body", secrets shown as `whsec_<base64>`. Receivers verify with the spec's reference
// libraries (docs/webhooks.md); verifyPayload is for our own tests and tools.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const WEBHOOK_SECRET_PREFIX = "whsec_";
/** The spec's bounds for a symmetric secret, in bytes. We generate 24–32; we accept up to 64 (imports). */
export const WEBHOOK_SECRET_MIN_BYTES = 24;
export const WEBHOOK_SECRET_MAX_BYTES = 64;
/** How far a delivery's timestamp may be from the receiver's clock (the reference libraries use 5 min). */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

export type WebhookHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

// The id is signed as "id.timestamp.body": a "." in it would let one id/timestamp pair pass for another.
const MESSAGE_ID = /^[A-Za-z0-9_-]{1,128}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A new secret, `whsec_` + base64 of `bytes` random bytes (24–32; default 32). Shown to its owner once. */
export function generateWebhookSecret(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < WEBHOOK_SECRET_MIN_BYTES || bytes > 32) {
    throw new RangeError(`A webhook secret has 24 to 32 random bytes, not ${bytes}`);
  }
  return WEBHOOK_SECRET_PREFIX + randomBytes(bytes).toString("base64");
}

/** The key bytes of a `whsec_<base64>` secret; null when it is not one (wrong prefix, bad base64, 24–64 bytes). */
export function decodeWebhookSecret(secret: string): Buffer | null {
  if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) return null;
  const encoded = secret.slice(WEBHOOK_SECRET_PREFIX.length);
  if (!BASE64.test(encoded)) return null;
  const key = Buffer.from(encoded, "base64");
  return key.length >= WEBHOOK_SECRET_MIN_BYTES && key.length <= WEBHOOK_SECRET_MAX_BYTES ? key : null;
}

export function isWebhookSecret(secret: string): boolean {
  return decodeWebhookSecret(secret) !== null;
}

function keyOrThrow(secret: string): Buffer {
  const key = decodeWebhookSecret(secret);
  if (!key) throw new TypeError("A webhook secret is whsec_ followed by the base64 of 24 to 64 bytes");
  return key;
}

const toBytes = (body: string | Uint8Array) => (typeof body === "string" ? Buffer.from(body, "utf8") : body);
const toSeconds = (timestamp: Date) => Math.floor(timestamp.getTime() / 1000);

function hmac(key: Buffer, id: string, seconds: number, body: string | Uint8Array): Buffer {
  return createHmac("sha256", key).update(`${id}.${seconds}.`, "utf8").update(toBytes(body)).digest();
}

/** One `v1,<base64>` signature of `body` (the exact bytes sent) for message `id` at `timestamp`. */
export function signatureFor(secret: string, id: string, timestamp: Date, body: string | Uint8Array): string {
  if (!MESSAGE_ID.test(id)) throw new TypeError("A webhook id is 1–128 of A–Z, a–z, 0–9, _ and -");
  return `v1,${hmac(keyOrThrow(secret), id, toSeconds(timestamp), body).toString("base64")}`;
}

/**
 * The three Standard Webhooks headers for one delivery attempt. `id` stays the same on every retry of a
 * message (receivers deduplicate on it); `timestamp` is the attempt's time; `body` must be the exact bytes
 * sent. One signature per secret, space-separated: during a rotation pass the new and the old secret, and
 * a receiver holding either verifies.
 */
export function signPayload(input: {
  id: string;
  timestamp: Date;
  body: string | Uint8Array;
  secrets: readonly string[];
}): WebhookHeaders {
  const secrets = [...new Set(input.secrets)];
  if (secrets.length === 0) throw new TypeError("Signing a webhook needs at least one secret");
  if (Number.isNaN(input.timestamp.getTime())) throw new TypeError("Invalid webhook timestamp");
  return {
    "webhook-id": input.id,
    "webhook-timestamp": String(toSeconds(input.timestamp)),
    "webhook-signature": secrets.map((s) => signatureFor(s, input.id, input.timestamp, input.body)).join(" "),
  };
}

export type VerifyFailure =
  | "missing-headers"
  | "invalid-timestamp"
  | "timestamp-too-old"
  | "timestamp-too-new"
  | "no-matching-signature";

export type VerifyResult = { ok: true; id: string; timestamp: Date } | { ok: false; reason: VerifyFailure };

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entry = Object.entries(headers).find(([k]) => k.toLowerCase() === name);
  const value = entry?.[1];
  return Array.isArray(value) ? value.join(" ") : value;
}

/**
 * Checks a delivery the way a receiver does: all three headers present, the timestamp within
 * `toleranceSeconds` of `now` either way, and at least one `v1` signature made with one of `secrets`
 * (constant-time comparison). For our tests and tools; receivers use the reference libraries.
 */
export function verifyPayload(input: {
  headers: HeaderBag;
  body: string | Uint8Array;
  secrets: readonly string[];
  now?: Date;
  toleranceSeconds?: number;
}): VerifyResult {
  const id = header(input.headers, "webhook-id");
  const stamp = header(input.headers, "webhook-timestamp");
  const signatures = header(input.headers, "webhook-signature");
  if (!id || !stamp || !signatures) return { ok: false, reason: "missing-headers" };
  if (!/^\d{1,12}$/.test(stamp)) return { ok: false, reason: "invalid-timestamp" };
  const seconds = Number(stamp);
  const now = toSeconds(input.now ?? new Date());
  const tolerance = input.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS;
  if (now - seconds > tolerance) return { ok: false, reason: "timestamp-too-old" };
  if (seconds - now > tolerance) return { ok: false, reason: "timestamp-too-new" };

  // Compared as text, like the reference libraries: a lenient base64 decode must not make "v1,<sig>!!" pass.
  const offered = signatures.split(" ").map((s) => Buffer.from(s, "utf8"));
  const matches = input.secrets.some((secret) => {
    const key = decodeWebhookSecret(secret);
    if (!key) return false;
    const expected = Buffer.from(`v1,${hmac(key, id, seconds, input.body).toString("base64")}`, "utf8");
    return offered.some((sig) => sig.length === expected.length && timingSafeEqual(sig, expected));
  });
  return matches
    ? { ok: true, id, timestamp: new Date(seconds * 1000) }
    : { ok: false, reason: "no-matching-signature" };
}
