import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";

export const notificationResponse = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.iso.datetime().nullable(),
});
export const notificationListResponse = z.object({ unread: z.number().int(), items: z.array(notificationResponse) });
export const markReadInput = z.object({ ids: z.array(z.uuid()).max(200).optional(), all: z.boolean().optional() });

export async function listNotifications(userId: string, limit = 30) {
  const [unread, rows] = await Promise.all([
    db.notification.count({ where: { userId, readAt: null } }),
    db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: limit }),
  ]);
  return {
    unread,
    items: rows.map((n) => ({ id: n.id, createdAt: n.createdAt.toISOString(), kind: n.kind, title: n.title, body: n.body, link: n.link, readAt: n.readAt?.toISOString() ?? null })),
  };
}

// Marking read is the user's own bookkeeping, not an operational record: not audited.
export async function markNotificationsRead(userId: string, input: z.infer<typeof markReadInput>) {
  const where = input.all ? { userId, readAt: null } : { userId, readAt: null, id: { in: input.ids ?? [] } };
  const { count } = await db.notification.updateMany({ where, data: { readAt: new Date() } });
  return { marked: count };
}
