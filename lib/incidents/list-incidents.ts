// The incident lists: open incidents by SLA urgency (the triage queue: severity first, then the deadline
// that matters now, so a fresh P1 outranks a P4 that breached days ago), or any incidents newest first.
// Raw SQL so the queue uses its partial expression index and search uses the tsvector index.
import "server-only";
import { IncidentSeverity, IncidentStatus, Prisma } from "@/generated/prisma/client";
import type { CountedPage } from "@/lib/api/counted-page";
import { decodeCursor, encodeCursor, isUuid, readTimeIdCursor } from "@/lib/api/pagination";
import type { Principal } from "@/lib/auth/principal";
import { enumLiterals } from "@/lib/db/enum-literals";
import { sqlRows } from "@/lib/db/sql";
import { timeSelf } from "@/lib/performance/self-measure";
import {
  fromSqlRow,
  INCIDENT_COLUMNS,
  INCIDENT_JOINS,
  type IncidentSqlRow,
} from "@/lib/incidents/incident-sql";
import { prefixTsQuery } from "@/lib/incidents/search-query";
import type { IncidentListQuery, IncidentResponse } from "@/lib/incidents/schemas";
import { atRiskAt, breachedAt, OPEN_INCIDENT, updateOverdueAt } from "@/lib/incidents/sla-sql";
import { toIncidentResponse } from "@/lib/incidents/to-incident-response";

const OPEN: IncidentStatus[] = ["OPEN", "IN_PROGRESS"];
const URGENCY = Prisma.sql`(CASE WHEN acknowledged_at IS NULL THEN response_due_at ELSE resolution_due_at END)`;

type Cursor = { s?: string; t: string; id: string };
const readCursor = (v: unknown): Cursor | undefined => {
  const timeId = readTimeIdCursor(v);
  const s = (v as { s?: unknown }).s;
  if (!timeId || (s !== undefined && (typeof s !== "string" || !["P1", "P2", "P3", "P4"].includes(s))))
    return undefined;
  return { ...timeId, ...(s === undefined ? {} : { s }) };
};

export async function listIncidents(
  query: IncidentListQuery,
  viewer: Principal,
  now = new Date(),
): Promise<CountedPage<IncidentResponse>> {
  const statuses = [...new Set(query.status?.length ? query.status : OPEN)];
  const sort = query.sort ?? (statuses.every((s) => OPEN.includes(s)) ? "urgency" : "newest");
  const cursor = decodeCursor(query.cursor, readCursor);

  // Statuses and severities are written into the SQL as literals on purpose: the planner can then match
  // the open-queue partial index (a bound parameter hides the predicate). enumLiterals refuses anything
  // that is not a value of the enum.
  const where: Prisma.Sql[] = [];
  if (statuses.length < 4) where.push(Prisma.sql`status IN (${enumLiterals(IncidentStatus, statuses)})`);
  if (query.severity?.length)
    where.push(Prisma.sql`severity IN (${enumLiterals(IncidentSeverity, query.severity)})`);
  if (query.service) where.push(Prisma.sql`affected_services @> ARRAY[${query.service}]::text[]`);
  if (query.assignee === "me") where.push(Prisma.sql`assigned_to_id = ${viewer.id}::uuid`);
  else if (query.assignee === "none") where.push(Prisma.sql`assigned_to_id IS NULL`);
  else if (query.assignee) {
    if (!isUuid(query.assignee)) return { items: [], nextCursor: null, total: 0 };
    where.push(Prisma.sql`assigned_to_id = ${query.assignee}::uuid`);
  }
  // A period (a dashboard figure's drill-down): reported in [from, to).
  if (query.from) where.push(Prisma.sql`created_at >= ${new Date(query.from)}`);
  if (query.to) where.push(Prisma.sql`created_at < ${new Date(query.to)}`);
  // An SLA state (the operations dashboard's figures): open incidents only, judged at `now`.
  if (query.sla)
    where.push(
      OPEN_INCIDENT,
      query.sla === "breached"
        ? breachedAt(now)
        : query.sla === "at-risk"
          ? atRiskAt(now)
          : updateOverdueAt(now),
    );
  if (query.causedByChange) where.push(Prisma.sql`caused_by_change_id IS NOT NULL`);
  const tsquery = query.q ? prefixTsQuery(query.q) : null;
  if (tsquery) where.push(Prisma.sql`search_vector @@ to_tsquery('english', ${tsquery})`);
  else if (query.q) return { items: [], nextCursor: null, total: 0 };
  // The total counts what the filters match on every page: the same WHERE, before the cursor joins it.
  const matching = where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`;

  const orderExpr = sort === "urgency" ? URGENCY : Prisma.sql`created_at`;
  if (cursor) {
    where.push(
      sort === "urgency"
        ? Prisma.sql`(severity, ${URGENCY}, id) > (${cursor.s ?? "P1"}::"IncidentSeverity", ${new Date(cursor.t)}, ${cursor.id}::uuid)`
        : Prisma.sql`(created_at, id) < (${new Date(cursor.t)}, ${cursor.id}::uuid)`,
    );
  }
  const order =
    sort === "urgency" ? Prisma.sql`severity, ${URGENCY}, id` : Prisma.sql`created_at DESC, id DESC`;
  const counting = () =>
    sqlRows<{ total: number }>(Prisma.sql`SELECT count(*)::int AS total FROM incidents WHERE ${matching}`, {
      prepared: !tsquery,
    });
  const listing = () =>
    timeSelf(tsquery ? "search_ms" : null, () =>
      sqlRows<IncidentSqlRow & { sort_at: Date }>(
        Prisma.sql`
    SELECT ${INCIDENT_COLUMNS}, i.sort_at FROM (
      SELECT *, ${orderExpr} AS sort_at FROM incidents
      WHERE ${where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`}
      ORDER BY ${order}
      LIMIT ${query.limit + 1}
    ) i ${INCIDENT_JOINS}
    ORDER BY ${sort === "urgency" ? Prisma.sql`i.severity, i.sort_at, i.id` : Prisma.sql`i.created_at DESC, i.id DESC`}`,
        // Search plans depend on how common the words are; everything else plans the same every time.
        { prepared: !tsquery },
      ),
    );
  const [rows, [count]] = await Promise.all([listing(), counting()]);

  const page = rows.slice(0, query.limit);
  const items = page.map((r) => toIncidentResponse(fromSqlRow(r), now));
  const last = page.at(-1);
  const next =
    last &&
    (sort === "urgency"
      ? { s: last.severity, t: last.sort_at.toISOString(), id: last.id }
      : { t: last.sort_at.toISOString(), id: last.id });
  return {
    items,
    nextCursor: rows.length > query.limit && next ? encodeCursor(next) : null,
    total: count?.total ?? items.length,
  };
}
