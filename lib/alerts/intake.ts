// Receiving a notification: check the integration's secret, record the notification durably, answer.
// Alertmanager retries only on 5xx and drops anything else, within its group_interval; so nothing is
// processed before the answer (the job queue does that, lib/alerts/process.ts), a burst is absorbed by
// the table rather than refused (never 429), and a malformed payload is kept in the integration's log
// with the 400 that names its field. A database outage is a 503, which Alertmanager retries.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { alertmanagerPayloadSchema, eventsV2Schema } from "@/lib/alerts/payloads";
import { drainSoon } from "@/lib/alerts/process";
import type { IntegrationKind } from "@/lib/alerts/schemas";
import { presentedSecret, secretMatches } from "@/lib/alerts/secrets";
import { sampleNotificationBody } from "@/lib/alerts/test-notification";
import { db, type Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { AppError, notFound, type FieldError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { findUnstorableText, jsonNestingExceeds } from "@/lib/api/input-guards";
import { isUuid } from "@/lib/api/pagination";
import { recordSecurityEvent } from "@/lib/security/record-security-event";

/** A refused body keeps this much of its text in the integration's log. */
const RAW_TEXT_KEEP = 16 * 1024;

/** Text PostgreSQL can store: NUL and lone surrogates become U+FFFD (only for a refused body's log). */
const storable = (s: string) =>
  s.replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

type IntakeAnswer = { status: number; body: Record<string, unknown> };

type IntegrationAuth = {
  id: string;
  name: string;
  kind: IntegrationKind;
  paused: boolean;
  secretHash: string;
  previousSecretHash: string | null;
  previousSecretExpiresAt: Date | null;
};

async function findIntegration(id: string, kind: IntegrationKind): Promise<IntegrationAuth> {
  const [row] = isUuid(id)
    ? await sqlRows<IntegrationAuth>(
        Prisma.sql`
          SELECT id, name, kind::text AS kind, paused, secret_hash AS "secretHash", previous_secret_hash AS "previousSecretHash",
            previous_secret_expires_at AS "previousSecretExpiresAt"
          FROM integrations WHERE id = ${id}::uuid`,
        { prepared: true },
      )
    : [];
  if (!row) throw new AppError("NOT_FOUND", "No integration at this address");
  if (row.kind !== kind)
    throw new AppError(
      "NOT_FOUND",
      `This integration is of kind ${row.kind}; it does not receive ${kind} payloads`,
    );
  return row;
}

async function refuseSecret(integration: IntegrationAuth, clientIp: string, now: Date): Promise<never> {
  await recordSecurityEvent(db, {
    type: "LOGIN_ATTEMPT",
    severity: "MEDIUM",
    summary: `Alert intake refused: wrong or missing secret for integration ${integration.name}`,
    source: "neuron-ops alert intake",
    details: { integrationId: integration.id, clientIp },
    at: now,
  }).catch(() => undefined);
  throw new AppError("UNAUTHENTICATED", "Send the integration's secret as 'Authorization: Bearer <secret>'", {
    headers: { "www-authenticate": 'Bearer realm="neuron-ops-integration"' },
  });
}

async function record(
  integrationId: string,
  row: {
    state: "PENDING" | "REJECTED" | "IGNORED";
    body?: unknown;
    rawText?: string | null;
    error?: string | null;
    groupKey?: string | null;
    bodyHash?: string | null;
  },
  now: Date,
  client?: Tx,
): Promise<string> {
  const [inserted] = await sqlRows<{ id: string }>(
    Prisma.sql`
      INSERT INTO alert_notifications (integration_id, received_at, state, body, raw_text, error, group_key, body_hash)
      VALUES (${integrationId}::uuid, ${now}, ${row.state}::"AlertNotificationState",
        ${row.body === undefined ? null : JSON.stringify(row.body)}::jsonb, ${row.rawText ?? null}, ${row.error ?? null},
        ${row.groupKey ?? null}, ${row.bodyHash ?? null})
      RETURNING id::text AS id`,
    client ? { client } : { prepared: true },
  );
  return inserted!.id;
}

function problemOf(issues: readonly { path: PropertyKey[]; message: string }[]): FieldError[] {
  return issues.map((i) => ({ path: i.path.map(String).join(".") || "body", message: i.message }));
}

/**
 * Takes one notification for integration `id` at its `kind` endpoint. Answers 200/202 once the
 * notification is recorded; 400 (recorded as refused) for a malformed body; 401 for a wrong secret.
 */
export async function receiveNotification(args: {
  id: string;
  kind: IntegrationKind;
  authorization: string | null;
  bodyText: string;
  clientIp: string;
  now?: Date;
}): Promise<IntakeAnswer> {
  const now = args.now ?? new Date();
  const integration = await findIntegration(args.id, args.kind);

  let parsed: unknown;
  let jsonError: string | null = null;
  try {
    if (jsonNestingExceeds(args.bodyText)) throw new Error("nested too deeply");
    parsed = args.bodyText.trim() === "" && args.kind === "HEARTBEAT" ? {} : JSON.parse(args.bodyText);
  } catch (e) {
    jsonError = e instanceof Error ? e.message : "not JSON";
  }
  const routingKey =
    args.kind === "EVENTS" && parsed && typeof parsed === "object"
      ? (parsed as { routing_key?: unknown }).routing_key
      : undefined;
  const secret = presentedSecret(args.authorization, routingKey);
  if (!secret || !secretMatches(secret, integration, now))
    return refuseSecret(integration, args.clientIp, now);

  const accepted = await acceptNotification(integration, args.kind, args.bodyText, parsed, jsonError, now);
  if (accepted.isPending) drainSoon();
  return accepted.answer;
}

/**
 * Everything after the secret check: refuse a malformed body (400, kept in the log), or record the
 * notification (ignored while paused) for the job queue. `isPending` says a drain should follow, once
 * the row is committed (the caller's transaction, when `client` is given).
 */
async function acceptNotification(
  integration: IntegrationAuth,
  kind: IntegrationKind,
  bodyText: string,
  parsed: unknown,
  jsonError: string | null,
  now: Date,
  client?: Tx,
): Promise<{ answer: IntakeAnswer; isPending: boolean }> {
  if (jsonError !== null) {
    await record(
      integration.id,
      {
        state: "REJECTED",
        rawText: storable(bodyText.slice(0, RAW_TEXT_KEEP)),
        error: storable(`Not JSON: ${jsonError}`),
      },
      now,
      client,
    );
    throw new AppError("BAD_REQUEST", `The body is not JSON: ${jsonError}`, {
      errors: [{ path: "body", message: "Not JSON" }],
    });
  }

  const bad = findUnstorableText(parsed);
  if (bad !== null)
    return reject(integration.id, null, [{ path: bad.path, message: bad.message }], now, bodyText, client);

  let groupKey: string;
  let answer: IntakeAnswer;
  if (kind === "ALERTMANAGER") {
    const result = alertmanagerPayloadSchema.safeParse(parsed);
    if (!result.success)
      return reject(integration.id, parsed, problemOf(result.error.issues), now, undefined, client);
    groupKey = result.data.groupKey;
    answer = { status: 200, body: { status: "accepted" } };
  } else if (kind === "EVENTS") {
    const result = eventsV2Schema.safeParse(parsed);
    if (!result.success)
      return reject(integration.id, parsed, problemOf(result.error.issues), now, undefined, client);
    groupKey = result.data.dedup_key ?? randomUUID();
    if (!result.data.dedup_key) (parsed as Record<string, unknown>).dedup_key = groupKey;
    answer = { status: 202, body: { status: "success", message: "Event processed", dedup_key: groupKey } };
  } else {
    groupKey = "heartbeat";
    answer = { status: 200, body: { status: "accepted" } };
  }

  if (integration.paused) {
    await record(integration.id, { state: "IGNORED", body: parsed, groupKey }, now, client);
    return {
      answer: {
        status: answer.status,
        body: { ...answer.body, message: "Recorded; the integration is paused" },
      },
      isPending: false,
    };
  }
  if (kind === "HEARTBEAT") {
    // A ping moves the clock; it becomes a notification only when it ends a missed-heartbeat incident.
    const [beat] = await sqlRows<{ firing: boolean }>(
      Prisma.sql`
        WITH ping AS (UPDATE integrations SET last_ping_at = ${now} WHERE id = ${integration.id}::uuid)
        SELECT COALESCE((SELECT firing FROM alert_groups WHERE integration_id = ${integration.id}::uuid AND group_key = 'heartbeat'), false) AS firing`,
      client ? { client } : { prepared: true },
    );
    if (!beat?.firing) return { answer, isPending: false };
    await record(integration.id, { state: "PENDING", body: { event: "ping" }, groupKey }, now, client);
    return { answer, isPending: true };
  }
  const bodyHash = createHash("sha256").update(bodyText).digest("hex");
  await record(integration.id, { state: "PENDING", body: parsed, groupKey, bodyHash }, now, client);
  return { answer, isPending: true };
}

async function reject(
  integrationId: string,
  body: unknown,
  errors: FieldError[],
  now: Date,
  rawText?: string,
  client?: Tx,
): Promise<never> {
  const detail = errors
    .slice(0, 5)
    .map((e) => `${e.path}: ${e.message}`)
    .join("; ");
  await record(
    integrationId,
    body === null
      ? {
          state: "REJECTED",
          rawText: storable((rawText ?? "").slice(0, RAW_TEXT_KEEP)),
          error: storable(detail),
        }
      : { state: "REJECTED", body, error: storable(detail) },
    now,
    client,
  );
  throw new AppError("BAD_REQUEST", `The payload has invalid fields: ${detail}`, { errors });
}

/**
 * "Send test alert": records a sample notification for integration `id` through the same path a sender's
 * takes, without its secret (the caller is a signed-in manager), audited in the same transaction.
 */
export async function sendTestNotification(actor: Principal, id: string, now = new Date()) {
  const [row] = isUuid(id)
    ? await sqlRows<{ kind: IntegrationKind }>(
        Prisma.sql`SELECT kind::text AS kind FROM integrations WHERE id = ${id}::uuid`,
      )
    : [];
  if (!row) throw notFound("The integration");
  const integration = await findIntegration(id, row.kind);
  const bodyText = sampleNotificationBody(integration.kind, now);
  const parsed: unknown = bodyText === "" ? {} : JSON.parse(bodyText);
  const accepted = await db.$transaction(async (tx) => {
    const result = await acceptNotification(integration, integration.kind, bodyText, parsed, null, now, tx);
    await recordAudit(tx, {
      actor,
      action: "integration.test",
      entityType: "integration",
      entityId: integration.id,
      after: { kind: integration.kind, answer: result.answer.body },
    });
    return result;
  });
  if (accepted.isPending) drainSoon();
  return accepted.answer;
}
