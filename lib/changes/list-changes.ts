// Change lists: newest first with keyset paging, and the CAB board's "awaiting my vote".
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CountedPage } from "@/lib/api/counted-page";
import { decodeCursor, encodeCursor, readTimeIdCursor } from "@/lib/api/pagination";
import type { Principal } from "@/lib/auth/principal";
import { ELIGIBLE_ROLES } from "@/lib/changes/approval-route";
import { changeInclude, toChangeResponse, toChangeSummary } from "@/lib/changes/get-change";
import type { ChangeListQuery, ChangeResponse, ChangeSummary } from "@/lib/changes/schemas";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { likeLiteral } from "@/lib/api/like";

const people = {
  requestedBy: { select: { id: true, name: true } },
  implementer: { select: { id: true, name: true } },
} as const;

export async function listChanges(
  query: ChangeListQuery,
  viewer: Principal,
): Promise<CountedPage<ChangeSummary>> {
  const cursor = decodeCursor(query.cursor, readTimeIdCursor);
  const and: Prisma.ChangeWhereInput[] = [];
  if (query.status?.length) and.push({ status: { in: query.status } });
  if (query.category?.length) and.push({ category: { in: query.category } });
  if (query.environment?.length) and.push({ environment: { in: query.environment } });
  if (query.riskLevel?.length) and.push({ riskLevel: { in: query.riskLevel } });
  if (query.service) and.push({ services: { has: query.service } });
  if (query.mine === "true") and.push({ OR: [{ requestedById: viewer.id }, { implementerId: viewer.id }] });
  if (query.q) {
    const q = likeLiteral(query.q);
    and.push({
      OR: [
        { key: { contains: q, mode: "insensitive" } },
        { title: { contains: q, mode: "insensitive" } },
        { description: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  // Finished in a period, and how (the executive dashboard's change figures): as change metrics count
  // them, by when it finished and whether rollback notes were written, so a change closed since counts.
  if (query.finishedFrom) and.push({ finishedAt: { gte: new Date(query.finishedFrom) } });
  if (query.finishedTo) and.push({ finishedAt: { lt: new Date(query.finishedTo) } });
  if (query.outcome)
    and.push({
      finishedAt: { not: null },
      rollbackNotes: query.outcome === "completed" ? null : { not: null },
    });
  const total = db.change.count({ where: { AND: [...and] } });
  if (cursor) {
    const t = new Date(cursor.t);
    and.push({ OR: [{ createdAt: { lt: t } }, { createdAt: t, id: { lt: cursor.id } }] });
  }
  const [rows, matching] = await Promise.all([
    db.change.findMany({
      where: { AND: and },
      include: people,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
    }),
    total,
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toChangeSummary),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ t: last.createdAt.toISOString(), id: last.id })
        : null,
    total: matching,
  };
}

// Changes in review on a route the viewer may vote on, that they did not request or implement and
// have not voted on in this round: the CAB board.
export async function listAwaitingMyVote(viewer: Principal): Promise<{ items: ChangeResponse[] }> {
  const routes = (Object.keys(ELIGIBLE_ROLES) as (keyof typeof ELIGIBLE_ROLES)[]).filter((r) =>
    ELIGIBLE_ROLES[r].some((role) => viewer.roles.includes(role)),
  );
  if (routes.length === 0) return { items: [] };
  const rows = await db.change.findMany({
    where: {
      status: { in: ["IN_TECHNICAL_REVIEW", "IN_CAB_REVIEW"] },
      approvalRoute: { in: routes },
      requestedById: { not: viewer.id },
      OR: [{ implementerId: null }, { implementerId: { not: viewer.id } }],
    },
    include: changeInclude,
    orderBy: [{ plannedStart: "asc" }, { key: "asc" }],
    take: 100,
  });
  const waiting = rows.filter((r) => !r.votes.some((v) => v.round === r.round && v.approverId === viewer.id));
  return { items: await Promise.all(waiting.map((r) => toChangeResponse(db, r, viewer))) };
}

export async function listChangeTimeline(key: string) {
  const change = await db.change.findUnique({ where: { key }, select: { id: true } });
  if (!change) throw notFound(`Change ${key}`);
  const events = await db.changeEvent.findMany({ where: { changeId: change.id }, orderBy: { id: "asc" } });
  return {
    items: events.map((e) => ({
      id: e.id.toString(),
      at: e.at.toISOString(),
      actor: e.actorId ? { id: e.actorId, name: e.actorName } : { id: "system", name: e.actorName },
      kind: e.kind,
      summary: e.summary,
      data: e.data ?? null,
    })),
  };
}
