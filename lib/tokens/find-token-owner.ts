// Bearer token → its active owner, on every API call that sends one: one indexed query on the pool.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { hashTokenSecret } from "@/lib/tokens/token-secret";
import type { ActiveUser } from "@/lib/users/active-user";

const LAST_USED_RESOLUTION_MS = 60_000;

type Row = {
  token_id: string;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
  id: string;
  email: string;
  name: string;
  roles: Role[];
  is_active: boolean;
};

export async function findTokenOwner(secret: string, now = new Date()): Promise<ActiveUser | null> {
  const [token] = await sqlRows<Row>(
    Prisma.sql`
    SELECT t.id AS token_id, t.expires_at, t.revoked_at, t.last_used_at, u.id, u.email, u.name, u.roles::text[] AS roles, u.is_active
    FROM api_tokens t JOIN users u ON u.id = t.user_id
    WHERE t.token_hash = ${hashTokenSecret(secret)}`,
    { prepared: true },
  );
  if (!token || token.revoked_at || (token.expires_at && token.expires_at <= now) || !token.is_active)
    return null;
  // Recorded at minute resolution so a busy pipeline does not write on every call.
  if (!token.last_used_at || now.getTime() - token.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.token_id }, data: { lastUsedAt: now } });
  }
  return { id: token.id, email: token.email, name: token.name, roles: token.roles };
}
