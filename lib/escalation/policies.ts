// Escalation policies stored: ops managers and admins create and edit them; everyone who works incidents
// reads them. A policy's steps are stored as JSON (checked as a unit by `escalationPolicy`); its scope is
// one service or one tier, and each scope has at most one policy (unique columns: 409 naming the field).
// Every target must exist when the policy is saved: a schedule, an active person (422 naming the field).
import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { AppError, notFound, staleVersion, type FieldError } from "@/lib/errors";
import type { CreatePolicyInput, PolicyResponse, UpdatePolicyInput } from "@/lib/escalation/api-schemas";
import {
  escalationStep,
  type EscalationPolicy,
  type EscalationStep,
  type PolicyScope,
} from "@/lib/escalation/schemas";
import { findPeople } from "@/lib/oncall/schedules";

type PolicyRow = Prisma.EscalationPolicyGetPayload<object>;
type Client = Tx | typeof db;

const storedSteps = z.array(escalationStep);

/** A stored policy's steps, checked. */
export function stepsOf(row: Pick<PolicyRow, "steps">): EscalationStep[] {
  return storedSteps.parse(row.steps);
}

export function scopeOf(row: Pick<PolicyRow, "serviceSlug" | "tier">): PolicyScope {
  if (row.serviceSlug !== null) return { serviceSlug: row.serviceSlug };
  if (row.tier !== null) return { tier: row.tier };
  throw new Error("An escalation policy without a scope");
}

/** The policy as the rules read it (lib/escalation/escalation-plan.ts). */
export function policyOf(row: PolicyRow): EscalationPolicy {
  return { name: row.name, scope: scopeOf(row), steps: stepsOf(row), repeat: row.repeat };
}

export function toPolicyResponse(row: PolicyRow): PolicyResponse {
  return {
    id: row.id,
    name: row.name,
    scope: scopeOf(row),
    steps: stepsOf(row),
    repeat: row.repeat,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const scopeColumns = (scope: PolicyScope) =>
  "serviceSlug" in scope
    ? { serviceSlug: scope.serviceSlug, tier: null }
    : { serviceSlug: null, tier: scope.tier };

const scopePath = (scope: PolicyScope) => ("serviceSlug" in scope ? "scope.serviceSlug" : "scope.tier");

const toStoredSteps = (steps: readonly EscalationStep[]) =>
  JSON.parse(JSON.stringify(steps)) as Prisma.InputJsonValue;

/**
 * Refuses (422, naming each field) a scope naming an unknown service and targets that do not exist: a
 * schedule that is not there, a person who is not an active user. Roles are checked by the schema.
 */
async function assertTargetsExist(client: Client, scope: PolicyScope | undefined, steps?: EscalationStep[]) {
  const errors: FieldError[] = [];
  if (scope && "serviceSlug" in scope) {
    const service = await client.service.findUnique({
      where: { slug: scope.serviceSlug },
      select: { id: true },
    });
    if (!service) errors.push({ path: "scope.serviceSlug", message: "No such service" });
  }
  const refs = (steps ?? []).flatMap((step, s) =>
    step.targets.map((target, t) => ({ target, path: `steps.${s}.targets.${t}` })),
  );
  const scheduleIds = refs.flatMap((r) => (r.target.kind === "schedule" ? [r.target.scheduleId] : []));
  const schedules = new Set(
    scheduleIds.length
      ? (
          await client.onCallSchedule.findMany({
            where: { id: { in: [...new Set(scheduleIds)] } },
            select: { id: true },
          })
        ).map((s) => s.id)
      : [],
  );
  const people = await findPeople(
    client,
    refs.flatMap((r) => (r.target.kind === "user" ? [r.target.userId] : [])),
  );
  for (const { target, path } of refs) {
    if (target.kind === "schedule" && !schedules.has(target.scheduleId))
      errors.push({ path: `${path}.scheduleId`, message: "No such schedule" });
    if (target.kind === "user" && !people.get(target.userId)?.isActive)
      errors.push({
        path: `${path}.userId`,
        message: people.has(target.userId) ? "This person's account is deactivated" : "No such person",
      });
  }
  if (errors.length) throw new AppError("UNPROCESSABLE", "Every target of a policy must exist", { errors });
}

function scopeTaken(scope: PolicyScope | undefined) {
  return (error: unknown): never => {
    if (scope && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError(
        "CONFLICT",
        "serviceSlug" in scope
          ? "This service has an escalation policy already; edit that one"
          : "This tier has a default escalation policy already; edit that one",
        { errors: [{ path: scopePath(scope), message: "Already has a policy" }] },
      );
    throw error;
  };
}

export async function createPolicy(actor: Principal, input: CreatePolicyInput): Promise<PolicyResponse> {
  return db
    .$transaction(async (tx) => {
      await assertTargetsExist(tx, input.scope, input.steps);
      const row = await tx.escalationPolicy.create({
        data: {
          name: input.name,
          ...scopeColumns(input.scope),
          steps: toStoredSteps(input.steps),
          repeat: input.repeat,
          createdById: actor.id,
        } satisfies Prisma.EscalationPolicyUncheckedCreateInput,
      });
      const after = toPolicyResponse(row);
      await recordAudit(tx, {
        actor,
        action: "escalation-policy.create",
        entityType: "escalation-policy",
        entityId: row.id,
        after,
      });
      return after;
    })
    .catch(scopeTaken(input.scope));
}

export async function loadPolicyRow(id: string, client: Client = db): Promise<PolicyRow> {
  const row = await client.escalationPolicy.findUnique({ where: { id } });
  if (!row) throw notFound("The escalation policy");
  return row;
}

export async function getPolicy(id: string): Promise<PolicyResponse> {
  return toPolicyResponse(await loadPolicyRow(id));
}

/** Every policy: service policies by slug, then the tier defaults. */
export async function listPolicies() {
  const rows = await db.escalationPolicy.findMany({
    orderBy: [{ serviceSlug: { sort: "asc", nulls: "last" } }, { tier: "asc" }, { id: "asc" }],
    take: 1000,
  });
  return { items: rows.map(toPolicyResponse) };
}

/** Every stored policy as the rules read it (`policyForService` picks the one for a service). */
export async function loadPolicies(client: Client = db): Promise<(EscalationPolicy & { id: string })[]> {
  const rows = await client.escalationPolicy.findMany({ take: 1000 });
  return rows.map((row) => ({ id: row.id, ...policyOf(row) }));
}

/** `SELECT … FOR UPDATE`, then the row: 404 when it is gone, 409 when the version sent is not current. */
export async function lockPolicy(tx: Tx, id: string, version: number): Promise<PolicyRow> {
  const rows = await sqlRows<{ id: string }>(
    Prisma.sql`SELECT id FROM escalation_policies WHERE id = ${id}::uuid FOR UPDATE`,
    { client: tx },
  );
  if (rows.length === 0) throw notFound("The escalation policy");
  const row = await loadPolicyRow(id, tx);
  if (row.version !== version) throw staleVersion("The escalation policy");
  return row;
}

export async function updatePolicy(
  actor: Principal,
  id: string,
  input: UpdatePolicyInput,
): Promise<PolicyResponse> {
  return db
    .$transaction(async (tx) => {
      const current = await lockPolicy(tx, id, input.version);
      await assertTargetsExist(tx, input.scope, input.steps);
      const row = await tx.escalationPolicy.update({
        where: { id },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.scope !== undefined ? scopeColumns(input.scope) : {}),
          ...(input.steps !== undefined ? { steps: toStoredSteps(input.steps) } : {}),
          ...(input.repeat !== undefined ? { repeat: input.repeat } : {}),
          version: current.version + 1,
        } satisfies Prisma.EscalationPolicyUncheckedUpdateInput,
      });
      const after = toPolicyResponse(row);
      await recordAudit(tx, {
        actor,
        action: "escalation-policy.update",
        entityType: "escalation-policy",
        entityId: id,
        before: toPolicyResponse(current),
        after,
      });
      return after;
    })
    .catch(scopeTaken(input.scope));
}
