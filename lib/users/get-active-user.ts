import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";

export type ActiveUser = { id: string; email: string; name: string; roles: Role[] };

export async function getActiveUser(id: string): Promise<ActiveUser | null> {
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, roles: true, isActive: true } });
  if (!user?.isActive) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
