// Secrets the server must read back to use them (a person's webhook signing secret: deliveries are
// signed with it), sealed at rest with AES-256-GCM (pure). A hash would not do: signing needs the secret.
// The sealed text is "v1.<iv>.<tag>.<ciphertext>" (base64url); `context` (the owner's id) is bound as
// additional data, so a sealed secret copied to another row does not open there.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const KEY_BYTES = 32;

function checkKey(key: Uint8Array) {
  if (key.length !== KEY_BYTES) throw new RangeError(`A secret box key has ${KEY_BYTES} bytes`);
}

/** Seals `plaintext` for `context` with a fresh random IV. */
export function sealSecret(key: Uint8Array, plaintext: string, context: string): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The sealed secret, or null when it does not open (another key, another context, altered, not sealed). */
export function openSecret(key: Uint8Array, sealed: string, context: string): string | null {
  checkKey(key);
  const [version, ...rest] = sealed.split(".");
  if (version !== VERSION || rest.length !== 3) return null;
  const [iv, tag, ciphertext] = rest.map((p) => Buffer.from(p, "base64url")) as [Buffer, Buffer, Buffer];
  if (iv.length !== IV_BYTES || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
