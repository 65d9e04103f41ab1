// Idempotency-Key for creates: the first request with a key claims it; a retry with the same key and
// body replays the stored response; the same key with another body is refused.
import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/audit/audit-hash";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type StoredResponse = { status: number; body: unknown };

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256").update(`${method} ${path} ${canonicalJson(body)}`).digest("hex");
}

export async function claimIdempotencyKey(userId: string, key: string, fingerprint: string): Promise<StoredResponse | null> {
  const inserted = await db.$executeRaw`
    INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES (${userId}::uuid, ${key}, ${fingerprint})
    ON CONFLICT DO NOTHING`;
  if (inserted === 1) return null;
  const existing = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
  if (!existing) return claimIdempotencyKey(userId, key, fingerprint); // released in between: try again
  if (existing.requestHash !== fingerprint) {
    throw new AppError("UNPROCESSABLE", "This Idempotency-Key was already used for a different request");
  }
  if (existing.responseStatus === null) {
    // A claim whose request died (crash, lost connection) is taken over after a minute.
    const reclaimed = await db.idempotencyKey.updateMany({
      where: { userId, key, responseStatus: null, createdAt: { lt: new Date(Date.now() - 60_000) } },
      data: { createdAt: new Date(), requestHash: fingerprint },
    });
    if (reclaimed.count === 1) return null;
    throw new AppError("CONFLICT", "A request with this Idempotency-Key is still being processed; retry shortly");
  }
  return { status: existing.responseStatus, body: existing.responseBody };
}

export async function storeIdempotentResponse(userId: string, key: string, response: StoredResponse) {
  await db.idempotencyKey.update({
    where: { userId_key: { userId, key } },
    data: { responseStatus: response.status, responseBody: response.body as object },
  });
}

export async function releaseIdempotencyKey(userId: string, key: string) {
  await db.idempotencyKey.deleteMany({ where: { userId, key, responseStatus: null } });
}
