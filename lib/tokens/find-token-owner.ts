import "server-only";
import { db } from "@/lib/db";
import { hashTokenSecret } from "@/lib/tokens/token-secret";
import type { ActiveUser } from "@/lib/users/get-active-user";

const LAST_USED_RESOLUTION_MS = 60_000;

export async function findTokenOwner(secret: string, now = new Date()): Promise<ActiveUser | null> {
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, roles: true, isActive: true } } },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !token.user.isActive) return null;
  // Recorded at minute resolution so a busy pipeline does not write on every call.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  const { user } = token;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
