// Reading a change with everything its page needs: people, votes of the current round, conflicts with
// other open changes on the same services, the freezes that apply, and the incidents it caused.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { approvalsNeeded, ELIGIBLE_ROLES, routeFor, type ApprovalRoute } from "@/lib/changes/approval-route";
import { loadApprovedScope } from "@/lib/changes/approved-scope";
import { checkSchedule, type Freeze } from "@/lib/changes/deployment-windows";
import { EDITABLE_AFTER_APPROVAL, manualTargets, type ChangeStatus } from "@/lib/changes/lifecycle";
import { levelForScore, RISK_QUESTIONS, type RiskFactor } from "@/lib/changes/risk-policy";
import type { ChangeResponse, ChangeSummary } from "@/lib/changes/schemas";
import type { Environment } from "@/lib/changes/types";
import { can } from "@/lib/auth/permissions";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlExecute, sqlRows } from "@/lib/db/sql";
import { AppError, notFound } from "@/lib/errors";
import { env } from "@/lib/env";

type Client = Tx | typeof db;

export const changeInclude = {
  requestedBy: { select: { id: true, name: true } },
  implementer: { select: { id: true, name: true } },
  votes: { include: { approver: { select: { id: true, name: true } } }, orderBy: { at: "asc" } },
  incidents: {
    select: { key: true, title: true, severity: true, status: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  },
} satisfies Prisma.ChangeInclude;

export type ChangeRow = Prisma.ChangeGetPayload<{ include: typeof changeInclude }>;

// Statuses that still hold a slot in the calendar: their planned windows can clash.
export const CONFLICTING_STATUSES: readonly ChangeStatus[] = [
  "DRAFT",
  "IN_TECHNICAL_REVIEW",
  "IN_CAB_REVIEW",
  "APPROVED",
  "SCHEDULED",
  "IMPLEMENTING",
  "VERIFYING",
];

/** The change row with its relations, on `db` or in a transaction; NOT_FOUND when missing. */
export async function loadChangeRow(client: Client, key: string): Promise<ChangeRow> {
  const change = await client.change.findUnique({ where: { key }, include: changeInclude });
  if (!change) throw notFound(`Change ${key}`);
  return change;
}

/** The row locked for the rest of the transaction (`FOR UPDATE`); CONFLICT when `version` is stale. */
export async function lockChange(tx: Tx, key: string, version?: number): Promise<ChangeRow> {
  await sqlExecute(Prisma.sql`SELECT 1 FROM changes WHERE key = ${key} FOR UPDATE`, { client: tx });
  const change = await loadChangeRow(tx, key);
  if (version !== undefined && change.version !== version) {
    throw new AppError(
      "CONFLICT",
      `Change ${key} was changed by someone else since you read it; reload and try again`,
    );
  }
  return change;
}

// The requester, the implementer, and ops managers or admins move a change; others only read it.
export function assertMayMove(
  actor: Principal,
  change: { requestedById: string; implementerId: string | null; key: string },
) {
  if (
    actor.id === change.requestedById ||
    actor.id === change.implementerId ||
    can(actor.roles, "change:manage")
  )
    return;
  throw new AppError(
    "FORBIDDEN",
    `Only the requester, the implementer or an ops manager can move ${change.key}`,
  );
}

export async function freezesFor(
  client: Client,
  environment: Environment,
  from?: Date,
  to?: Date,
): Promise<Freeze[]> {
  const rows = await client.changeFreeze.findMany({
    where: {
      OR: [{ environments: { isEmpty: true } }, { environments: { has: environment } }],
      ...(from && to ? { startsAt: { lt: to }, endsAt: { gt: from } } : {}),
    },
    orderBy: { startsAt: "asc" },
  });
  return rows.map((f) => ({ start: f.startsAt, end: f.endsAt, reason: f.title }));
}

type ConflictRow = {
  key: string;
  title: string;
  status: ChangeStatus;
  environment: Environment;
  planned_start: Date;
  planned_end: Date;
  shared: string[];
};

// Other open changes in the same environment whose planned windows overlap and that touch a common service.
// A change that no longer holds its slot (finished, cancelled, rejected) conflicts with nothing, as on the calendar.
export async function conflictsFor(
  client: Client,
  change: {
    id: string;
    status: ChangeStatus;
    environment: Environment;
    services: string[];
    plannedStart: Date | null;
    plannedEnd: Date | null;
  },
) {
  if (!CONFLICTING_STATUSES.includes(change.status)) return [];
  if (!change.plannedStart || !change.plannedEnd || change.services.length === 0) return [];
  const rows = await sqlRows<ConflictRow>(
    Prisma.sql`
    SELECT key, title, status::text AS status, environment::text AS environment, planned_start, planned_end,
      ARRAY(SELECT unnest(services) INTERSECT SELECT unnest(${change.services}::text[]) ORDER BY 1) AS shared
    FROM changes
    WHERE id <> ${change.id}::uuid AND environment = ${change.environment}::"ChangeEnvironment"
      AND status::text = ANY(${[...CONFLICTING_STATUSES]}::text[])
      AND services && ${change.services}::text[]
      AND planned_start < ${change.plannedEnd} AND planned_end > ${change.plannedStart}
    ORDER BY planned_start, key LIMIT 50`,
    { client: client },
  );
  return rows.map((r) => ({
    key: r.key,
    title: r.title,
    status: r.status,
    environment: r.environment,
    plannedStart: r.planned_start.toISOString(),
    plannedEnd: r.planned_end.toISOString(),
    services: r.shared,
  }));
}

const FACTOR_LABELS: Record<string, string> = {
  environment: "Environment",
  serviceCount: "Services affected",
  ...Object.fromEntries(Object.entries(RISK_QUESTIONS).map(([q, v]) => [q, v.label])),
};

export function toChangeSummary(row: Omit<ChangeRow, "votes" | "incidents">): ChangeSummary {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    category: row.category,
    environment: row.environment,
    services: row.services,
    status: row.status,
    riskScore: row.riskScore,
    riskLevel: row.riskLevel,
    approvalRoute: row.approvalRoute,
    plannedStart: row.plannedStart?.toISOString() ?? null,
    plannedEnd: row.plannedEnd?.toISOString() ?? null,
    requestedBy: row.requestedBy,
    implementer: row.implementer,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function toChangeResponse(
  client: Client,
  row: ChangeRow,
  viewer: Principal | null,
): Promise<ChangeResponse> {
  const route: ApprovalRoute = row.approvalRoute ?? routeFor(row.category, row.riskLevel);
  const emergencyAuthorized = row.category === "EMERGENCY" && row.emergencyAuthorizedById !== null;
  // One after the other: inside a transaction the queries share one connection.
  const conflicts = await conflictsFor(client, row);
  const freezes =
    row.plannedStart && row.plannedEnd
      ? await freezesFor(client, row.environment, row.plannedStart, row.plannedEnd)
      : [];
  const authorizer = row.emergencyAuthorizedById
    ? await client.user.findUnique({
        where: { id: row.emergencyAuthorizedById },
        select: { id: true, name: true },
      })
    : null;
  const schedule =
    row.plannedStart && row.plannedEnd
      ? checkSchedule({
          environment: row.environment,
          start: row.plannedStart,
          end: row.plannedEnd,
          freezes,
          emergencyAuthorized,
        })
      : { ok: false as const, reasons: ["No planned window yet"] };
  const approved = EDITABLE_AFTER_APPROVAL.includes(row.status) ? await loadApprovedScope(client, row) : null;
  const factors = row.riskFactors as RiskFactor[];
  const mayMove =
    viewer !== null &&
    (viewer.id === row.requestedById ||
      viewer.id === row.implementerId ||
      can(viewer.roles, "change:manage"));
  return {
    ...toChangeSummary(row),
    description: row.description,
    implementationPlan: row.implementationPlan,
    rollbackPlan: row.rollbackPlan,
    verificationPlan: row.verificationPlan,
    riskAnswers: row.riskAnswers as Record<string, string>,
    riskFactors: factors.map((f) => ({ ...f, label: FACTOR_LABELS[f.question] ?? f.question })),
    riskPolicyVersion: row.riskPolicyVersion,
    riskFloor:
      row.category === "MAJOR" && levelForScore(row.riskScore) !== "HIGH"
        ? "MAJOR changes are always HIGH risk"
        : null,
    quorum: row.quorum,
    approvalsNeeded: approvalsNeeded(route, row.quorum ?? env.CAB_QUORUM),
    eligibleRoles: [...ELIGIBLE_ROLES[route]],
    round: row.round,
    approvals: row.votes
      .filter((v) => v.round === row.round)
      .map((v) => ({
        approver: v.approver,
        decision: v.decision,
        comment: v.comment,
        at: v.at.toISOString(),
      })),
    emergencyAuthorizedBy: authorizer,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    approvedWindow: approved ? { start: approved.start, end: approved.end } : null,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    rollbackNotes: row.rollbackNotes,
    reviewNotes: row.reviewNotes,
    closingNotes: row.closingNotes,
    windowProblems: schedule.ok ? [] : schedule.reasons,
    conflicts,
    linkedIncidents: row.incidents,
    allowedTransitions: mayMove ? manualTargets(row.status) : [],
  };
}

/** One change as the API returns it to `viewer`; NOT_FOUND (404) when missing. */
export async function getChange(key: string, viewer: Principal): Promise<ChangeResponse> {
  return toChangeResponse(db, await loadChangeRow(db, key), viewer);
}
