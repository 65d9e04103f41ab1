// The server keys of notifications: the one that seals webhook signing secrets at rest and the one that
// signs acknowledge links. NOTIFY_SECRET_KEY when set; otherwise both are derived (HKDF-SHA256) from
// NEXTAUTH_SECRET, which every instance of a deployment shares, each for its own purpose.
import "server-only";
import { hkdfSync } from "node:crypto";
import { authSecret, env } from "@/lib/env";

function derive(purpose: string): Buffer {
  const base = env.NOTIFY_SECRET_KEY ? Buffer.from(env.NOTIFY_SECRET_KEY, "base64") : Buffer.from(authSecret);
  return Buffer.from(hkdfSync("sha256", base, Buffer.alloc(0), `neuron-ops ${purpose}`, 32));
}

let sealing: Buffer | null = null;
let acking: Buffer | null = null;

/** Seals and opens webhook signing secrets (AES-256-GCM, lib/notify/secret-box.ts). */
export function secretSealingKey(): Buffer {
  sealing ??= env.NOTIFY_SECRET_KEY ? Buffer.from(env.NOTIFY_SECRET_KEY, "base64") : derive("secret sealing");
  return sealing;
}

/** Signs acknowledge links (lib/escalation/ack-link.ts). */
export function ackLinkKey(): Buffer {
  acking ??= derive("acknowledge links");
  return acking;
}
