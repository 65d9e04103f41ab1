import "server-only";
import { db } from "@/lib/db";
import type { MarkReadInput } from "@/lib/notifications/schemas";

export async function listNotifications(userId: string, limit = 30) {
  const [unread, rows] = await Promise.all([
    db.notification.count({ where: { userId, readAt: null } }),
    db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: limit }),
  ]);
  return {
    unread,
    items: rows.map((n) => ({
      id: n.id,
      createdAt: n.createdAt.toISOString(),
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      readAt: n.readAt?.toISOString() ?? null,
    })),
  };
}

// Marking read is the user's own bookkeeping, not an operational record: not audited.
export async function markNotificationsRead(userId: string, input: MarkReadInput) {
  const where = input.all ? { userId, readAt: null } : { userId, readAt: null, id: { in: input.ids ?? [] } };
  const { count } = await db.notification.updateMany({ where, data: { readAt: new Date() } });
  return { marked: count };
}
