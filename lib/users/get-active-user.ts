// The signed-in user's current roles, read on every request (roles come from the database, not the
// session cookie, so a role change applies at once): one indexed query on the pool.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { sqlRows } from "@/lib/db";

export type ActiveUser = { id: string; email: string; name: string; roles: Role[] };

export async function getActiveUser(id: string): Promise<ActiveUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [user] = await sqlRows<ActiveUser>(Prisma.sql`
    SELECT id, email, name, roles::text[] AS roles FROM users WHERE id = ${id}::uuid AND is_active`, { prepared: true });
  return user ?? null;
}
