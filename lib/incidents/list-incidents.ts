// The incident lists: open incidents by SLA urgency (the triage queue: severity first, then the deadline
// that matters now, so a fresh P1 outranks a P4 that breached days ago), or any incidents newest first.
// Raw SQL so the queue uses its partial expression index and search uses the tsvector index.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { decodeCursor, encodeCursor, type Page } from "@/lib/api/pagination";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { incidentInclude, toIncidentRow } from "@/lib/incidents/incident-query";
import { prefixTsQuery } from "@/lib/incidents/search-query";
import type { IncidentListQuery, IncidentResponse } from "@/lib/incidents/schemas";
import { toIncidentResponse } from "@/lib/incidents/to-incident-response";

const OPEN = ["OPEN", "IN_PROGRESS"];
const URGENCY = Prisma.sql`(CASE WHEN acknowledged_at IS NULL THEN response_due_at ELSE resolution_due_at END)`;

type Cursor = { s?: string; t: string; id: string };
const readCursor = (v: unknown): Cursor | undefined => {
  const c = v as Cursor;
  if (!c || typeof c !== "object" || typeof c.t !== "string" || Number.isNaN(Date.parse(c.t))) return undefined;
  if (typeof c.id !== "string" || !/^[0-9a-f-]{36}$/i.test(c.id)) return undefined;
  if (c.s !== undefined && !["P1", "P2", "P3", "P4"].includes(c.s)) return undefined;
  return c;
};

export async function listIncidents(query: IncidentListQuery, viewer: Principal, now = new Date()): Promise<Page<IncidentResponse>> {
  const statuses = query.status?.length ? query.status : OPEN;
  const sort = query.sort ?? (statuses.every((s) => OPEN.includes(s)) ? "urgency" : "newest");
  const cursor = decodeCursor(query.cursor, readCursor);

  const where: Prisma.Sql[] = [Prisma.sql`status::text IN (${Prisma.join(statuses)})`];
  if (query.severity?.length) where.push(Prisma.sql`severity::text IN (${Prisma.join(query.severity)})`);
  if (query.service) where.push(Prisma.sql`affected_services @> ARRAY[${query.service}]::text[]`);
  if (query.assignee === "me") where.push(Prisma.sql`assigned_to_id = ${viewer.id}::uuid`);
  else if (query.assignee === "none") where.push(Prisma.sql`assigned_to_id IS NULL`);
  else if (query.assignee) {
    if (!/^[0-9a-f-]{36}$/i.test(query.assignee)) return { items: [], nextCursor: null };
    where.push(Prisma.sql`assigned_to_id = ${query.assignee}::uuid`);
  }
  const tsquery = query.q ? prefixTsQuery(query.q) : null;
  if (tsquery) where.push(Prisma.sql`search_vector @@ to_tsquery('english', ${tsquery})`);
  else if (query.q) return { items: [], nextCursor: null };

  const orderExpr = sort === "urgency" ? URGENCY : Prisma.sql`created_at`;
  if (cursor) {
    where.push(
      sort === "urgency"
        ? Prisma.sql`(severity, ${URGENCY}, id) > (${cursor.s ?? "P1"}::"IncidentSeverity", ${new Date(cursor.t)}, ${cursor.id}::uuid)`
        : Prisma.sql`(created_at, id) < (${new Date(cursor.t)}, ${cursor.id}::uuid)`,
    );
  }
  const order = sort === "urgency" ? Prisma.sql`severity, ${URGENCY}, id` : Prisma.sql`created_at DESC, id DESC`;
  const rows = await db.$queryRaw<{ id: string; sort_at: Date; severity: string }[]>`
    SELECT id, ${orderExpr} AS sort_at, severity::text AS severity FROM incidents
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${query.limit + 1}`;

  const page = rows.slice(0, query.limit);
  const full = await db.incident.findMany({ where: { id: { in: page.map((r) => r.id) } }, include: incidentInclude });
  const byId = new Map(full.map((i) => [i.id, i]));
  const items = page.map((r) => toIncidentResponse(toIncidentRow(byId.get(r.id)!), now));
  const last = page.at(-1);
  const next = last && (sort === "urgency" ? { s: last.severity, t: last.sort_at.toISOString(), id: last.id } : { t: last.sort_at.toISOString(), id: last.id });
  return { items, nextCursor: rows.length > query.limit && next ? encodeCursor(next) : null };
}
