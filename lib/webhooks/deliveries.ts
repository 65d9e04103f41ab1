// The delivery log: every message the portal sent or tries to send (e-mail, chat, personal and team
// webhooks), newest first, with each attempt; and the 24-hour figures per team webhook.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { decodeCursor, encodeCursor, isCursorInstant } from "@/lib/api/pagination";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import type { DeliveryResponse } from "@/lib/webhooks/schemas";

const iso = (d: Date | null) => d?.toISOString() ?? null;

type DeliveryRow = Prisma.NotificationDeliveryGetPayload<{ include: { attemptLog: true } }>;

export function toDeliveryResponse(row: DeliveryRow, incidentKey: string | null): DeliveryResponse {
  return {
    id: row.id,
    channel: row.channel,
    event: row.event,
    target: row.target,
    incidentKey,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    lastDurationMs: row.lastDurationMs,
    nextAttemptAt: row.status === "PENDING" ? iso(row.nextAttemptAt) : null,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: iso(row.deliveredAt),
    attemptLog: row.attemptLog
      .sort((a, b) => a.attempt - b.attempt)
      .map((a) => ({
        attempt: a.attempt,
        manual: a.manual,
        startedAt: a.startedAt.toISOString(),
        durationMs: a.durationMs,
        statusCode: a.statusCode,
        error: a.error,
        outcome: a.outcome,
      })),
  };
}

const readCursor = (v: unknown) => {
  const c = v as { t?: unknown; id?: unknown } | null;
  return c &&
    typeof c === "object" &&
    isCursorInstant(c.t) &&
    typeof c.id === "string" &&
    /^msg_[\w-]{1,64}$/.test(c.id)
    ? { t: c.t, id: c.id }
    : undefined;
};

export type DeliveryFilter = {
  subscriptionId?: string;
  userId?: string;
  channel?: "EMAIL" | "CHAT" | "WEBHOOK" | "SUBSCRIPTION";
  status?: "PENDING" | "DELIVERED" | "FAILED";
  incidentId?: string;
};

export async function listDeliveries(filter: DeliveryFilter, page: { limit: number; cursor?: string }) {
  const after = decodeCursor(page.cursor, readCursor);
  const where: Prisma.NotificationDeliveryWhereInput = {
    subscriptionId: filter.subscriptionId,
    userId: filter.userId,
    channel: filter.channel,
    status: filter.status,
    incidentId: filter.incidentId,
    ...(after
      ? {
          OR: [
            { createdAt: { lt: new Date(after.t) } },
            { createdAt: new Date(after.t), id: { lt: after.id } },
          ],
        }
      : {}),
  };
  const rows = await db.notificationDelivery.findMany({
    where,
    include: { attemptLog: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: page.limit + 1,
  });
  const more = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  const keys = await incidentKeys(items.map((r) => r.incidentId));
  const last = items.at(-1);
  return {
    items: items.map((r) => toDeliveryResponse(r, r.incidentId ? (keys.get(r.incidentId) ?? null) : null)),
    nextCursor: more && last ? encodeCursor({ t: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

async function incidentKeys(ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.incident.findMany({ where: { id: { in: wanted } }, select: { id: true, key: true } });
  return new Map(rows.map((r) => [r.id, r.key]));
}

export async function getDelivery(id: string) {
  const row = await db.notificationDelivery.findUnique({ where: { id }, include: { attemptLog: true } });
  if (!row) return null;
  const keys = await incidentKeys([row.incidentId]);
  return toDeliveryResponse(row, row.incidentId ? (keys.get(row.incidentId) ?? null) : null);
}

export type DeliveryStats = {
  delivered24h: number;
  failed24h: number;
  pending: number;
  successRate24h: number | null;
};

/** Per subscription: delivered and failed over the last 24 h (by when they finished), and pending now. */
export async function subscriptionStats(
  ids: readonly string[],
  now = new Date(),
): Promise<Map<string, DeliveryStats>> {
  const stats = new Map<string, DeliveryStats>();
  if (ids.length === 0) return stats;
  const since = new Date(now.getTime() - 24 * 60 * 60_000);
  const rows = await sqlRows<{ id: string; delivered: number; failed: number; pending: number }>(Prisma.sql`
    SELECT subscription_id AS id,
      count(*) FILTER (WHERE status = 'DELIVERED' AND delivered_at > ${since})::int AS delivered,
      count(*) FILTER (WHERE status = 'FAILED' AND updated_at > ${since})::int AS failed,
      count(*) FILTER (WHERE status = 'PENDING')::int AS pending
    FROM notification_deliveries WHERE subscription_id = ANY(${[...ids]}::uuid[])
      AND (status = 'PENDING' OR updated_at > ${since})
    GROUP BY subscription_id`);
  for (const id of ids) {
    const r = rows.find((x) => x.id === id);
    const delivered = r?.delivered ?? 0;
    const failed = r?.failed ?? 0;
    stats.set(id, {
      delivered24h: delivered,
      failed24h: failed,
      pending: r?.pending ?? 0,
      successRate24h: delivered + failed === 0 ? null : delivered / (delivered + failed),
    });
  }
  return stats;
}
