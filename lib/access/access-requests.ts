// Access requests: request (for oneself or a colleague), decide (security/admin, never one's own),
// cancel while pending, revoke early. Every step is audited, notified and recorded as a security event.
import "server-only";
import { portalOrigin } from "@/lib/env";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import { Prisma } from "@/generated/prisma/client";
import type { CountedPage } from "@/lib/api/counted-page";
import { decodeCursor, encodeCursor, readTimeIdCursor } from "@/lib/api/pagination";
import {
  canDecide,
  canMove,
  checkProposedExpiry,
  decide,
  approvalsRequired,
  type AccessStatus,
} from "@/lib/access/rules";
import type {
  AccessDecisionInput,
  AccessRequestListQuery,
  AccessRequestResponse,
  CreateAccessRequestInput,
} from "@/lib/access/schemas";
import { scheduleGrantExpiry } from "@/lib/access/expiry-schedule";
import { recordAudit } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/permissions";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { AppError, notFound } from "@/lib/errors";
import { formatInstant } from "@/lib/format/instant";
import { activeUserIdsWithRoles, notifyUsers } from "@/lib/notifications/notify";
import { detectAdminGrant } from "@/lib/security/detection-rules";
import { raiseAnomaly, recordSecurityEvent } from "@/lib/security/record-security-event";
import { likeLiteral } from "@/lib/api/like";

const include = {
  requestedBy: { select: { id: true, name: true, email: true } },
  requestedFor: { select: { id: true, name: true, email: true } },
  approvals: { include: { approver: { select: { id: true, name: true } } }, orderBy: { at: "asc" } },
} satisfies Prisma.AccessRequestInclude;
type Row = Prisma.AccessRequestGetPayload<{ include: typeof include }>;

const iso = (d: Date | null) => d?.toISOString() ?? null;
const who = (p: { id: string; name: string }) => ({ id: p.id, name: p.name });

export function toAccessRequestResponse(row: Row): AccessRequestResponse {
  return {
    id: row.id,
    requestedBy: who(row.requestedBy),
    requestedFor: who(row.requestedFor),
    accessType: row.accessType,
    resources: row.resources,
    justification: row.justification,
    durationDays: row.durationDays,
    status: row.status,
    approvals: row.approvals.map((a) => ({
      approver: a.approver,
      decision: a.decision,
      comment: a.comment,
      expiresAt: iso(a.expiresAt),
      at: a.at.toISOString(),
    })),
    approvalsNeeded: approvalsRequired(row.accessType),
    expiresAt: iso(row.expiresAt),
    decidedAt: iso(row.decidedAt),
    endedAt: iso(row.endedAt),
    endReason: row.endReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const mayDecide = (viewer: Principal) => can(viewer.roles, "access:decide");
const visibleTo = (row: { requestedById: string; requestedForId: string }, viewer: Principal) =>
  mayDecide(viewer) || row.requestedById === viewer.id || row.requestedForId === viewer.id;

async function load(client: Tx | typeof db, id: string, viewer: Principal): Promise<Row> {
  const row = await client.accessRequest.findUnique({ where: { id }, include });
  // Someone else's request is not theirs to know about: 404, not 403.
  if (!row || !visibleTo(row, viewer)) throw notFound("Access request");
  return row;
}

async function lockRequest(tx: Tx, id: string, viewer: Principal, version?: number): Promise<Row> {
  await sqlExecute(Prisma.sql`SELECT 1 FROM access_requests WHERE id = ${id}::uuid FOR UPDATE`, {
    client: tx,
  });
  const row = await load(tx, id, viewer);
  if (version !== undefined && row.version !== version) {
    throw new AppError(
      "CONFLICT",
      "The access request was changed by someone else since you read it; reload and try again",
    );
  }
  return row;
}

const describe = (row: { accessType: string; resources: string[] }) =>
  `${row.accessType} on ${row.resources.join(", ")}`;

export async function getAccessRequest(id: string, viewer: Principal) {
  return toAccessRequestResponse(await load(db, id, viewer));
}

export async function createAccessRequest(
  actor: Principal,
  input: CreateAccessRequestInput,
): Promise<AccessRequestResponse> {
  const requestedForId = input.requestedFor ?? actor.id;
  return db.$transaction(async (tx) => {
    const grantee = await tx.user.findUnique({ where: { id: requestedForId }, select: { isActive: true } });
    if (!grantee?.isActive)
      throw new AppError("UNPROCESSABLE", "Access can only be requested for an active user", {
        errors: [{ path: "requestedFor", message: "Not an active user" }],
      });
    const created = await tx.accessRequest.create({
      data: {
        requestedById: actor.id,
        requestedForId,
        accessType: input.accessType,
        resources: [...new Set(input.resources)],
        justification: input.justification,
        durationDays: input.durationDays,
      },
      include,
    });
    const response = toAccessRequestResponse(created);
    await recordAudit(tx, {
      actor,
      action: "access_request.create",
      entityType: "access_request",
      entityId: created.id,
      after: response,
    });
    const deciders = (await activeUserIdsWithRoles(tx, ["SECURITY", "ADMIN"])).filter(
      (id) => id !== actor.id && id !== requestedForId,
    );
    await notifyUsers(tx, deciders, {
      kind: "ACCESS_REQUESTED",
      title: `${created.requestedBy.name} requests ${describe(created)}${requestedForId !== actor.id ? ` for ${created.requestedFor.name}` : ""}`,
      body: input.justification.slice(0, 300),
      link: `/access/${created.id}`,
    });
    return response;
  });
}

export async function listAccessRequests(
  query: AccessRequestListQuery,
  viewer: Principal,
): Promise<CountedPage<AccessRequestResponse>> {
  const and: Prisma.AccessRequestWhereInput[] = [];
  if (!mayDecide(viewer) || query.mine === "true")
    and.push({ OR: [{ requestedById: viewer.id }, { requestedForId: viewer.id }] });
  if (query.status?.length) and.push({ status: { in: query.status } });
  if (query.accessType?.length) and.push({ accessType: { in: query.accessType } });
  // % and _ in the search are characters to find, not wildcards (Prisma passes them to LIKE as they are).
  if (query.q)
    and.push({
      OR: [
        { justification: { contains: likeLiteral(query.q), mode: "insensitive" } },
        { resources: { has: query.q } },
      ],
    });
  const now = new Date();
  // In force as the security dashboard counts ADMIN grants: approved, and not past an expiry the expiry job has yet to record.
  if (query.inForce) and.push({ status: "APPROVED", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });
  if (query.expiringWithinDays) {
    and.push({
      status: "APPROVED",
      expiresAt: { gt: now, lte: new Date(now.getTime() + query.expiringWithinDays * 86_400_000) },
    });
    const [rows, total] = await Promise.all([
      db.accessRequest.findMany({
        where: { AND: and },
        include,
        orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
        take: query.limit,
      }),
      db.accessRequest.count({ where: { AND: and } }),
    ]);
    return { items: rows.map(toAccessRequestResponse), nextCursor: null, total };
  }
  // What the filters match on every page: counted before the cursor joins them.
  const total = db.accessRequest.count({ where: { AND: [...and] } });
  const cursor = decodeCursor(query.cursor, readTimeIdCursor);
  if (cursor)
    and.push({
      OR: [
        { createdAt: { lt: new Date(cursor.t) } },
        { createdAt: new Date(cursor.t), id: { lt: cursor.id } },
      ],
    });
  const [rows, matching] = await Promise.all([
    db.accessRequest.findMany({
      where: { AND: and },
      include,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
    }),
    total,
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toAccessRequestResponse),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ t: last.createdAt.toISOString(), id: last.id })
        : null,
    total: matching,
  };
}

export async function decideAccessRequest(
  actor: Principal,
  id: string,
  input: AccessDecisionInput,
  now = new Date(),
): Promise<AccessRequestResponse> {
  let scheduleAt: Date | null = null;
  const result = await db.$transaction(async (tx) => {
    const current = await lockRequest(tx, id, actor);
    const sod = canDecide(actor.id, current);
    if (!sod.ok) throw new AppError("FORBIDDEN", sod.reason);
    const previous = current.approvals.find((a) => a.approverId === actor.id);
    // A resend of the same decision answers like the first; a different one is not a resend.
    if (previous?.decision === input.decision) return toAccessRequestResponse(current);
    if (current.status !== "PENDING")
      throw new AppError(
        "UNPROCESSABLE",
        `The request is ${current.status.toLowerCase()}; only a pending request can be decided`,
      );
    if (previous) throw new AppError("CONFLICT", `You already decided ${previous.decision} on this request`);
    const proposed = input.decision === "APPROVE" && input.expiresAt ? new Date(input.expiresAt) : null;
    if (proposed) {
      const check = checkProposedExpiry(proposed, now, current.durationDays);
      if (!check.ok)
        throw new AppError("UNPROCESSABLE", check.reason, {
          errors: [{ path: "expiresAt", message: check.reason }],
        });
    }
    await tx.accessApproval.create({
      data: {
        requestId: id,
        approverId: actor.id,
        decision: input.decision,
        comment: input.comment,
        expiresAt: proposed,
        at: now,
      },
    });
    const decisions = [
      ...current.approvals,
      { approverId: actor.id, decision: input.decision, expiresAt: proposed },
    ].map((a) => ({ deciderId: a.approverId, decision: a.decision, expiresAt: a.expiresAt }));
    const outcome = decide(current.accessType, current.durationDays, decisions, now);
    const data: Prisma.AccessRequestUpdateInput = { version: current.version + 1 };
    if (outcome.status !== "PENDING") {
      data.status = outcome.status;
      data.decidedAt = now;
      data.expiresAt = outcome.expiresAt;
    }
    await tx.accessRequest.update({ where: { id }, data });
    const after = toAccessRequestResponse(await load(tx, id, actor));
    await recordAudit(tx, {
      actor,
      action: input.decision === "APPROVE" ? "access_request.approve" : "access_request.deny",
      entityType: "access_request",
      entityId: id,
      before: toAccessRequestResponse(current),
      after,
    });
    await recordSecurityEvent(tx, {
      type: "SYSTEM_CHANGE",
      severity: current.accessType === "ADMIN" ? "HIGH" : "MEDIUM",
      summary: `${actor.name} ${input.decision === "APPROVE" ? "approved" : "denied"} ${describe(current)} for ${current.requestedFor.name}${outcome.status === "PENDING" ? ` (${outcome.approvals}/${outcome.needed} approvals)` : ""}`,
      user: { id: current.requestedFor.id, email: current.requestedFor.email },
      details: {
        accessRequestId: id,
        decision: input.decision,
        status: outcome.status,
        expiresAt: iso(outcome.expiresAt),
      },
      recordedById: actor.id,
      at: now,
    });
    if (outcome.status !== "PENDING") {
      await recordWebhookEvent(
        tx,
        "access.decided",
        {
          accessRequest: {
            id,
            accessType: current.accessType,
            resources: current.resources,
            status: outcome.status,
            expiresAt: iso(outcome.expiresAt),
            requestedFor: { id: current.requestedFor.id, name: current.requestedFor.name },
            url: `${portalOrigin}/access/${id}`,
          },
          decidedBy: { id: actor.id, name: actor.name },
        },
        now,
      );
      await notifyUsers(tx, [current.requestedById, current.requestedForId], {
        kind: outcome.status === "APPROVED" ? "ACCESS_APPROVED" : "ACCESS_DENIED",
        title: `${describe(current)} ${outcome.status === "APPROVED" ? `granted until ${formatInstant(outcome.expiresAt!, { zone: "utc", seconds: true })}` : "denied"}`,
        body: input.comment,
        link: `/access/${id}`,
      });
    }
    if (outcome.status === "APPROVED") {
      scheduleAt = outcome.expiresAt;
      const anomaly = detectAdminGrant({
        requestId: id,
        accessType: current.accessType,
        grantee: current.requestedFor.email,
        resources: current.resources,
        approvers: decisions.filter((d) => d.decision === "APPROVE").map((d) => d.deciderId),
      });
      if (anomaly)
        await raiseAnomaly(
          tx,
          anomaly,
          { id: current.requestedFor.id, email: current.requestedFor.email },
          now,
        );
    }
    return after;
  });
  if (scheduleAt) await scheduleGrantExpiry(id, scheduleAt);
  return result;
}

async function endRequest(
  actor: Principal,
  id: string,
  version: number,
  to: Extract<AccessStatus, "CANCELLED" | "REVOKED">,
  reason: string | null,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const current = await lockRequest(tx, id, actor, version);
    if (to === "CANCELLED" && current.requestedById !== actor.id)
      throw new AppError("FORBIDDEN", "Only the requester can cancel a request");
    if (to === "REVOKED" && !mayDecide(actor))
      throw new AppError("FORBIDDEN", "Only security or an admin revokes access");
    if (!canMove(current.status, to)) {
      throw new AppError(
        "UNPROCESSABLE",
        to === "CANCELLED"
          ? `The request is ${current.status.toLowerCase()}; only a pending request can be cancelled`
          : `The request is ${current.status.toLowerCase()}; only an active grant can be revoked`,
      );
    }
    await tx.accessRequest.update({
      where: { id },
      data: {
        status: to,
        endedAt: now,
        endReason: reason,
        revokedById: to === "REVOKED" ? actor.id : null,
        version: current.version + 1,
      },
    });
    const after = toAccessRequestResponse(await load(tx, id, actor));
    await recordAudit(tx, {
      actor,
      action: to === "CANCELLED" ? "access_request.cancel" : "access_request.revoke",
      entityType: "access_request",
      entityId: id,
      before: toAccessRequestResponse(current),
      after,
    });
    if (to === "REVOKED") {
      await recordSecurityEvent(tx, {
        type: "SYSTEM_CHANGE",
        severity: current.accessType === "ADMIN" ? "HIGH" : "MEDIUM",
        summary: `${actor.name} revoked ${describe(current)} from ${current.requestedFor.name}: ${reason}`,
        user: { id: current.requestedFor.id, email: current.requestedFor.email },
        details: { accessRequestId: id, reason },
        recordedById: actor.id,
        at: now,
      });
      await notifyUsers(tx, [current.requestedForId, current.requestedById], {
        kind: "ACCESS_REVOKED",
        title: `${describe(current)} was revoked`,
        body: reason ?? "",
        link: `/access/${id}`,
      });
    }
    return after;
  });
}

export const cancelAccessRequest = (actor: Principal, id: string, version: number) =>
  endRequest(actor, id, version, "CANCELLED", null);
export const revokeAccessGrant = (actor: Principal, id: string, version: number, reason: string) =>
  endRequest(actor, id, version, "REVOKED", reason);
