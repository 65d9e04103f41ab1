// The security queue: list and search events, record one (external tools with an API token), triage
// (investigated, resolved, notes) and escalate a critical one into a P1 security incident.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CountedPage } from "@/lib/api/counted-page";
import { decodeCursor, encodeCursor, readTimeIdCursor } from "@/lib/api/pagination";
import { recordAudit } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/permissions";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlExecute, sqlRows } from "@/lib/db/sql";
import { AppError, notFound } from "@/lib/errors";
import { insertIncident, nextIncidentKey } from "@/lib/incidents/create-incident";
import { recordIncidentEvent } from "@/lib/incidents/record-incident-event";
import type {
  RecordSecurityEventInput,
  SecurityEventListQuery,
  SecurityEventResponse,
  UpdateSecurityEventInput,
} from "@/lib/security/schemas";
import { likeLiteral } from "@/lib/api/like";

export const securityEventInclude = {
  incident: { select: { key: true, title: true, status: true } },
} satisfies Prisma.SecurityEventInclude;
const include = securityEventInclude;
type Row = Prisma.SecurityEventGetPayload<{ include: typeof include }>;

export function toSecurityEventResponse(row: Row): SecurityEventResponse {
  return {
    id: row.id,
    at: row.at.toISOString(),
    type: row.type,
    severity: row.severity,
    source: row.source,
    user: row.userEmail,
    summary: row.summary,
    details: (row.details ?? {}) as Record<string, unknown>,
    rule: row.rule,
    investigated: row.investigated,
    resolved: row.resolved,
    notes: row.notes,
    incident: row.incident,
    version: row.version,
  };
}

export async function listSecurityEvents(
  query: SecurityEventListQuery,
): Promise<CountedPage<SecurityEventResponse>> {
  const and: Prisma.SecurityEventWhereInput[] = [];
  if (query.type?.length) and.push({ type: { in: query.type } });
  if (query.severity?.length) and.push({ severity: { in: query.severity } });
  if (query.investigated) and.push({ investigated: query.investigated === "true" });
  if (query.resolved) and.push({ resolved: query.resolved === "true" });
  if (query.rule) and.push({ rule: query.rule });
  if (query.from) and.push({ at: { gte: new Date(query.from) } });
  if (query.to) and.push({ at: { lt: new Date(query.to) } });
  if (query.q) {
    // % and _ in the search are characters to find, not wildcards.
    const pattern = `%${likeLiteral(query.q)}%`;
    const ids = await sqlRows<{ id: string }>(
      Prisma.sql`
      SELECT id FROM security_events
      WHERE summary ILIKE ${pattern} OR source ILIKE ${pattern} OR user_email ILIKE ${pattern} OR details::text ILIKE ${pattern}
      ORDER BY at DESC LIMIT 5000`,
      { client: db },
    );
    and.push({ id: { in: ids.map((r) => r.id) } });
  }
  // What the filters match on every page: counted before the cursor joins them.
  const total = db.securityEvent.count({ where: { AND: [...and] } });
  const cursor = decodeCursor(query.cursor, readTimeIdCursor);
  if (cursor)
    and.push({ OR: [{ at: { lt: new Date(cursor.t) } }, { at: new Date(cursor.t), id: { lt: cursor.id } }] });
  const [rows, matching] = await Promise.all([
    db.securityEvent.findMany({
      where: { AND: and },
      include,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: query.limit + 1,
    }),
    total,
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSecurityEventResponse),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ t: last.at.toISOString(), id: last.id }) : null,
    total: matching,
  };
}

export async function getSecurityEvent(id: string) {
  const row = await db.securityEvent.findUnique({ where: { id }, include });
  if (!row) throw notFound("Security event");
  return toSecurityEventResponse(row);
}

export async function createSecurityEvent(
  actor: Principal,
  input: RecordSecurityEventInput,
): Promise<SecurityEventResponse> {
  // In the portal only security and admins record events by hand; any API token may (monitoring, SIEM).
  if (actor.via === "session" && !can(actor.roles, "security:triage"))
    throw new AppError(
      "FORBIDDEN",
      "Only security or an admin records security events in the portal; tools use an API token",
    );
  return db.$transaction(async (tx) => {
    const user = input.user
      ? await tx.user.findUnique({ where: { email: input.user.toLowerCase() }, select: { id: true } })
      : null;
    const row = await tx.securityEvent.create({
      data: {
        type: input.type,
        severity: input.severity,
        source: input.source,
        summary: input.summary,
        userEmail: input.user?.toLowerCase() ?? null,
        userId: user?.id ?? null,
        details: input.details as Prisma.InputJsonObject,
        recordedById: actor.id,
        ...(input.at ? { at: new Date(input.at) } : {}),
      },
      include,
    });
    const response = toSecurityEventResponse(row);
    await recordAudit(tx, {
      actor,
      action: "security_event.create",
      entityType: "security_event",
      entityId: row.id,
      after: response,
    });
    return response;
  });
}

function assertVersion(row: Row, version: number) {
  if (row.version !== version)
    throw new AppError(
      "CONFLICT",
      "The security event was changed by someone else since you read it; reload and try again",
    );
}

// `check` runs on the locked row; by default it only compares versions.
async function lockEvent(
  tx: Tx,
  id: string,
  version: number,
  check: (row: Row, version: number) => void = assertVersion,
): Promise<Row> {
  await sqlExecute(Prisma.sql`SELECT 1 FROM security_events WHERE id = ${id}::uuid FOR UPDATE`, {
    client: tx,
  });
  const row = await tx.securityEvent.findUnique({ where: { id }, include });
  if (!row) throw notFound("Security event");
  check(row, version);
  return row;
}

export async function updateSecurityEvent(
  actor: Principal,
  id: string,
  input: UpdateSecurityEventInput,
): Promise<SecurityEventResponse> {
  return db.$transaction(async (tx) => {
    const current = await lockEvent(tx, id, input.version);
    // Resolving implies it was looked at.
    const investigated = input.resolved === true ? true : (input.investigated ?? current.investigated);
    if (input.investigated === false && (input.resolved ?? current.resolved)) {
      throw new AppError(
        "UNPROCESSABLE",
        "A resolved event stays investigated; reopen it (resolved: false) first",
        { errors: [{ path: "investigated", message: "Resolved events are investigated" }] },
      );
    }
    const row = await tx.securityEvent.update({
      where: { id },
      data: {
        investigated,
        resolved: input.resolved ?? current.resolved,
        notes: input.notes === undefined ? current.notes : input.notes,
        version: current.version + 1,
      },
      include,
    });
    const after = toSecurityEventResponse(row);
    await recordAudit(tx, {
      actor,
      action: "security_event.update",
      entityType: "security_event",
      entityId: id,
      before: toSecurityEventResponse(current),
      after,
    });
    return after;
  });
}

// An escalation already done (also a double-submitted one, with the version read before it) names its
// incident rather than answering 409.
function assertEscalatable(row: Row, version: number) {
  if (row.incident) throw new AppError("UNPROCESSABLE", `Already escalated to ${row.incident.key}`);
  if (row.severity !== "CRITICAL" && row.severity !== "HIGH") {
    throw new AppError(
      "UNPROCESSABLE",
      "Only a critical or high severity event is escalated to a P1 incident",
    );
  }
  assertVersion(row, version);
}

// A critical event becomes a P1 security incident in one step; the event and the incident point at each other.
export async function escalateSecurityEvent(
  actor: Principal,
  id: string,
  version: number,
  now = new Date(),
): Promise<SecurityEventResponse> {
  // Checked before an incident number is taken, so a refused escalation does not use one up.
  const found = await db.securityEvent.findUnique({ where: { id }, include });
  if (!found) throw notFound("Security event");
  assertEscalatable(found, version);
  const key = await nextIncidentKey(now.getUTCFullYear());
  return db.$transaction(async (tx) => {
    const current = await lockEvent(tx, id, version, assertEscalatable);
    const description = [
      `Escalated from security event ${current.id} (${current.type}, ${current.severity}) recorded by ${current.source} at ${current.at.toISOString()}.`,
      "",
      current.summary,
      current.userEmail ? `Account: ${current.userEmail}` : "",
      current.rule ? `Detection rule: ${current.rule}` : "",
      "",
      `Security event: /security/${current.id}`,
    ]
      .filter((l, i, all) => l !== "" || all[i - 1] !== "")
      .join("\n");
    const incident = await insertIncident(
      tx,
      actor,
      key,
      {
        title: `Security: ${current.summary}`.slice(0, 200),
        description,
        severity: "P1",
        affectedServices: [],
        impact: "DEGRADED",
      },
      now,
    );
    await recordIncidentEvent(
      tx,
      incident.id,
      actor,
      "SECURITY_EVENT",
      `Escalated from a ${current.severity.toLowerCase()} ${current.type.toLowerCase().replaceAll("_", " ")} event`,
      { securityEventId: current.id },
      now,
    );
    const row = await tx.securityEvent.update({
      where: { id },
      data: { incidentId: incident.id, investigated: true, version: current.version + 1 },
      include,
    });
    const after = toSecurityEventResponse(row);
    await recordAudit(tx, {
      actor,
      action: "security_event.escalate",
      entityType: "security_event",
      entityId: id,
      before: toSecurityEventResponse(current),
      after,
    });
    return after;
  });
}
