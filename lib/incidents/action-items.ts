// Prevention measures across incidents: the open list, and moving one along.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { isUuid } from "@/lib/api/pagination";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { notFound, staleVersion } from "@/lib/errors";
import type { ActionItemListQuery, UpdateActionItemInput } from "@/lib/incidents/action-item-schemas";
import type { ActionItemResponse } from "@/lib/incidents/schemas";

const include = { owner: { select: { id: true, name: true } }, incident: { select: { key: true } } } as const;
type Row = Awaited<ReturnType<typeof db.postmortemActionItem.findFirstOrThrow<{ include: typeof include }>>>;

const toResponse = (r: Row): ActionItemResponse => ({
  id: r.id,
  incidentKey: r.incident.key,
  description: r.description,
  owner: r.owner,
  dueDate: r.dueDate.toISOString().slice(0, 10),
  status: r.status,
  version: r.version,
});

export async function listActionItems(
  query: ActionItemListQuery,
  viewer: Principal,
): Promise<ActionItemResponse[]> {
  const rows = await db.postmortemActionItem.findMany({
    where: {
      status: query.status === "NOT_DONE" ? { not: "DONE" } : query.status,
      ...(query.owner === "me"
        ? { ownerId: viewer.id }
        : isUuid(query.owner)
          ? { ownerId: query.owner }
          : {}),
    },
    include,
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(toResponse);
}

export async function updateActionItem(
  actor: Principal,
  id: string,
  input: UpdateActionItemInput,
): Promise<ActionItemResponse> {
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT 1 FROM postmortem_action_items WHERE id = ${id}::uuid FOR UPDATE`, {
      client: tx,
    });
    const current = await tx.postmortemActionItem.findUnique({ where: { id }, include });
    if (!current) throw notFound("Action item");
    if (current.version !== input.version) throw staleVersion("The action item");
    const row = await tx.postmortemActionItem.update({
      where: { id },
      data: { status: input.status, version: current.version + 1 },
      include,
    });
    const after = toResponse(row);
    await recordAudit(tx, {
      actor,
      action: "action_item.update",
      entityType: "action_item",
      entityId: id,
      before: toResponse(current),
      after,
    });
    return after;
  });
}
