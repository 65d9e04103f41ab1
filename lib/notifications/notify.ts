// In-portal notifications (the bell), written inside the caller's transaction.
import "server-only";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";

export type NotificationContent = { kind: string; title: string; body?: string; link?: string };

export async function activeUserIdsWithRoles(tx: Tx, roles: readonly Role[]): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { isActive: true, roles: { hasSome: [...roles] } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

export async function notifyUsers(tx: Tx, userIds: string[], content: NotificationContent): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  await tx.notification.createMany({
    data: unique.map((userId) => ({
      userId,
      kind: content.kind,
      title: content.title,
      body: content.body ?? "",
      link: content.link,
    })),
  });
  return unique.length;
}
