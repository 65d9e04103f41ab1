import "server-only";
import { db } from "@/lib/db";
import type { AuditListQuery, AuditRecordResponse } from "@/lib/audit/schemas";
import { decodeCursor, encodeCursor, type Page } from "@/lib/api/pagination";

// Newest first, keyset-paged on id.
export async function listAuditRecords(query: AuditListQuery): Promise<Page<AuditRecordResponse>> {
  const after = decodeCursor(query.cursor, (v) =>
    typeof v === "string" && /^\d{1,18}$/.test(v) ? BigInt(v) : undefined,
  );
  const rows = await db.auditLog.findMany({
    where: {
      entityType: query.entityType,
      entityId: query.entityId,
      actorEmail: query.actor,
      action: query.action,
      ...(after !== undefined ? { id: { lt: after } } : {}),
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const items = rows.slice(0, query.limit).map((r) => ({
    id: r.id.toString(),
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorEmail: r.actorEmail,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before ?? null,
    after: r.after ?? null,
    prevHash: r.prevHash,
    hash: r.hash,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}
