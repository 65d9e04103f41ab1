// Integrations: the monitoring tools that send alerts in. Ops managers and admins create and edit them;
// the secret is shown once (stored as its SHA-256); rotating keeps the old secret valid for a grace period.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { generateIntegrationSecret } from "@/lib/alerts/secrets";
import {
  SECRET_GRACE_HOURS,
  type CreateIntegrationInput,
  type IntegrationKind,
  type IntegrationResponse,
  type UpdateIntegrationInput,
} from "@/lib/alerts/schemas";
import type { RoutingRule, SeverityMap } from "@/lib/alerts/routing";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { AppError, notFound, staleVersion } from "@/lib/errors";
import { assertServicesExist } from "@/lib/incidents/create-incident";

type IntegrationRow = Prisma.IntegrationGetPayload<object>;

const ENDPOINT: Record<IntegrationKind, string> = {
  ALERTMANAGER: "alertmanager",
  EVENTS: "events",
  HEARTBEAT: "heartbeat",
};

/** The intake path of an integration (its kind's endpoint). */
export const intakePath = (id: string, kind: IntegrationKind) => `/api/integrations/${id}/${ENDPOINT[kind]}`;

export function toIntegrationResponse(row: IntegrationRow): IntegrationResponse {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    url: intakePath(row.id, row.kind),
    secretPrefix: row.secretPrefix,
    previousSecretExpiresAt: row.previousSecretExpiresAt?.toISOString() ?? null,
    services: row.services,
    rules: row.rules as RoutingRule[],
    severityMap: row.severityMap as SeverityMap,
    autoResolve: row.autoResolve,
    paused: row.paused,
    reopenWindowMinutes: row.reopenWindowMinutes,
    heartbeatMinutes: row.heartbeatMinutes,
    heartbeatSeverity: row.heartbeatSeverity,
    lastPingAt: row.lastPingAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

async function checkServices(client: Tx | typeof db, services: string[], rules: RoutingRule[]) {
  await assertServicesExist(client, services, "services");
  for (const [i, rule] of rules.entries())
    if (rule.service) await assertServicesExist(client, [rule.service], `rules.${i}.service`);
}

function nameTaken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    throw new AppError("CONFLICT", "An integration with this name exists", {
      errors: [{ path: "name", message: "Already in use" }],
    });
  throw error;
}

export async function createIntegration(actor: Principal, input: CreateIntegrationInput) {
  const { secret, hash, prefix } = generateIntegrationSecret();
  return db
    .$transaction(async (tx) => {
      await checkServices(tx, input.services, input.rules);
      const row = await tx.integration.create({
        data: {
          name: input.name,
          kind: input.kind,
          secretHash: hash,
          secretPrefix: prefix,
          services: input.services,
          rules: input.rules,
          severityMap: input.severityMap,
          autoResolve: input.autoResolve,
          paused: input.paused,
          reopenWindowMinutes: input.reopenWindowMinutes,
          heartbeatMinutes: input.heartbeatMinutes ?? null,
          heartbeatSeverity: input.heartbeatSeverity,
          createdById: actor.id,
        },
      });
      const after = toIntegrationResponse(row);
      await recordAudit(tx, {
        actor,
        action: "integration.create",
        entityType: "integration",
        entityId: row.id,
        after,
      });
      return { ...after, secret };
    })
    .catch(nameTaken);
}

export async function getIntegration(id: string): Promise<IntegrationResponse> {
  const row = await db.integration.findUnique({ where: { id } });
  if (!row) throw notFound("The integration");
  return toIntegrationResponse(row);
}

export async function listIntegrations() {
  const rows = await db.integration.findMany({ orderBy: { name: "asc" }, take: 500 });
  const counts = await integrationCounts(rows.map((r) => r.id));
  return { items: rows.map((r) => ({ ...toIntegrationResponse(r), counts: counts.get(r.id)! })) };
}

export async function updateIntegration(
  actor: Principal,
  id: string,
  input: UpdateIntegrationInput,
  now = new Date(),
) {
  return db
    .$transaction(async (tx) => {
      const current = await tx.integration.findUnique({ where: { id } });
      if (!current) throw notFound("The integration");
      if (current.version !== input.version) throw staleVersion("integration");
      if (input.heartbeatMinutes !== undefined && current.kind !== "HEARTBEAT")
        throw new AppError("UNPROCESSABLE", "Only a HEARTBEAT integration has an interval", {
          errors: [{ path: "heartbeatMinutes", message: "Only a HEARTBEAT integration has an interval" }],
        });
      await checkServices(tx, input.services ?? [], input.rules ?? []);
      const rotated = input.rotateSecret ? generateIntegrationSecret() : null;
      const unpaused = input.paused === false && current.paused;
      const row = await tx.integration.update({
        where: { id },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.services !== undefined ? { services: input.services } : {}),
          ...(input.rules !== undefined ? { rules: input.rules } : {}),
          ...(input.severityMap !== undefined ? { severityMap: input.severityMap } : {}),
          ...(input.autoResolve !== undefined ? { autoResolve: input.autoResolve } : {}),
          ...(input.paused !== undefined ? { paused: input.paused } : {}),
          ...(input.reopenWindowMinutes !== undefined
            ? { reopenWindowMinutes: input.reopenWindowMinutes }
            : {}),
          ...(input.heartbeatMinutes !== undefined ? { heartbeatMinutes: input.heartbeatMinutes } : {}),
          ...(input.heartbeatSeverity !== undefined ? { heartbeatSeverity: input.heartbeatSeverity } : {}),
          // A heartbeat's clock restarts when it is un-paused: the pause's silence is not a missed beat.
          ...(unpaused ? { clockStartedAt: now } : {}),
          ...(rotated
            ? {
                secretHash: rotated.hash,
                secretPrefix: rotated.prefix,
                previousSecretHash: current.secretHash,
                previousSecretExpiresAt: new Date(now.getTime() + SECRET_GRACE_HOURS * 3_600_000),
              }
            : {}),
          version: current.version + 1,
        } satisfies Prisma.IntegrationUncheckedUpdateInput,
      });
      const after = toIntegrationResponse(row);
      await recordAudit(tx, {
        actor,
        action: rotated ? "integration.rotate-secret" : "integration.update",
        entityType: "integration",
        entityId: id,
        before: toIntegrationResponse(current),
        after,
      });
      return rotated ? { ...after, secret: rotated.secret } : after;
    })
    .catch(nameTaken);
}

export type IntegrationCounts = {
  received: number;
  deduplicated: number;
  opened: number;
  resolved: number;
  errors: number;
};

/** What each integration's notifications did: received, folded into an open incident, opened, resolved, refused. */
export async function integrationCounts(ids: string[]): Promise<Map<string, IntegrationCounts>> {
  const rows = ids.length
    ? await sqlRows<{ id: string } & IntegrationCounts>(Prisma.sql`
        SELECT integration_id AS id,
          count(*)::int AS received,
          count(*) FILTER (WHERE split_part(outcome, ':', 1) IN ('update', 'duplicate'))::int AS deduplicated,
          count(*) FILTER (WHERE split_part(outcome, ':', 1) IN ('open', 'reopen'))::int AS opened,
          count(*) FILTER (WHERE split_part(outcome, ':', 1) = 'resolve')::int AS resolved,
          count(*) FILTER (WHERE state = 'REJECTED')::int AS errors
        FROM alert_notifications WHERE integration_id = ANY(${ids}::uuid[]) GROUP BY integration_id`)
    : [];
  const zero = { received: 0, deduplicated: 0, opened: 0, resolved: 0, errors: 0 };
  return new Map(ids.map((id) => [id, { ...zero, ...rows.find((r) => r.id === id) }]));
}
