import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { auditAppend } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { sharedAnswer } from "@/lib/cache/shared-answers";
import { AppError } from "@/lib/errors";
import { escalateIfDue } from "@/lib/incidents/escalate";
import { ESCALATION_STEPS } from "@/lib/incidents/escalation-policy";
import { formatIncidentKey } from "@/lib/incidents/incident-key";
import type { CreateIncidentInput, IncidentResponse } from "@/lib/incidents/schemas";
import { computeDueDates } from "@/lib/incidents/sla";
import { toIncidentResponse } from "@/lib/incidents/to-incident-response";
import { log } from "@/lib/log";
import { portalOrigin } from "@/lib/env";
import { webhookIncident } from "@/lib/webhooks/events";
import { webhookEventInsert } from "@/lib/webhooks/record-webhook-event";

// Reports are the write that arrives in bursts (an outage brings many at once), so this path keeps its
// round trips few and off Prisma: the services check and the key on the pool, then one statement that
// writes the incident, its first timeline event and its audit record.

// Every service name in the catalog, shared per instance until the services table changes.
const catalogSlugs = () =>
  sharedAnswer(
    "service-catalog",
    "slugs",
    async () =>
      new Set(
        (await sqlRows<{ slug: string }>(Prisma.sql`SELECT slug FROM services`, { prepared: true })).map(
          (r) => r.slug,
        ),
      ),
  );

export async function assertServicesExist(tx: Tx | typeof db, slugs: string[], field = "affectedServices") {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return unique;
  // Outside a transaction, names the catalog is known to have pass without a query (the shared list is
  // dropped when the services table changes); anything else is checked against the database.
  const outside = tx === db;
  if (outside) {
    const known = await catalogSlugs();
    if (unique.every((slug) => known.has(slug))) return unique;
  }
  const query = Prisma.sql`SELECT slug FROM services WHERE slug = ANY(${unique}::text[])`;
  const rows = outside
    ? await sqlRows<{ slug: string }>(query, { prepared: true })
    : await sqlRows<{ slug: string }>(query, { client: tx });
  const found = new Set(rows.map((r) => r.slug));
  const missing = unique.filter((s) => !found.has(s));
  if (missing.length) {
    throw new AppError(
      "UNPROCESSABLE",
      `Unknown service${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`,
      {
        errors: [{ path: field, message: `Not in the service catalog: ${missing.join(", ")}` }],
      },
    );
  }
  return unique;
}

// Keys come from a per-year counter row, taken in a short transaction of its own so concurrent reports
// do not queue behind each other's whole write. Numbers are unique and never reused; a report that
// fails after taking one leaves a gap, as a database sequence would.
export async function nextIncidentKey(year: number): Promise<string> {
  const [row] = await sqlRows<{ last_seq: number }>(
    Prisma.sql`
      INSERT INTO incident_key_counters (year, last_seq) VALUES (${year}, 1)
      ON CONFLICT (year) DO UPDATE SET last_seq = incident_key_counters.last_seq + 1
      RETURNING last_seq`,
    { prepared: true },
  );
  return formatIncidentKey(year, row!.last_seq);
}

export async function createIncident(
  actor: Principal,
  input: CreateIncidentInput,
  now = new Date(),
): Promise<IncidentResponse> {
  // Checked before a key is taken, so a refused report does not use up a number.
  const affectedServices = await assertServicesExist(db, input.affectedServices);
  const key = await nextIncidentKey(now.getUTCFullYear());
  const report = newIncident({ kind: "person", actor }, key, { ...input, affectedServices }, now);
  // One statement is one transaction: the chain's lock is held only while PostgreSQL runs it and commits.
  await sqlRows(report.write, { prepared: true });
  // A P1 escalates at once, in a transaction of its own right after the report commits. The report
  // stands if that fails (answering 500 would invite a duplicate report): the escalation sweep fires
  // any P1 not yet escalated within a minute, and a step fires once either way.
  if (ESCALATION_STEPS[input.severity]?.afterMinutes === 0) {
    try {
      await db.$transaction((tx) => escalateIfDue(tx, report.incident, now));
    } catch (error) {
      log.error("P1 escalation failed after the report; the escalation sweep will fire it", {
        key,
        error: String(error),
      });
    }
  }
  return report.response;
}

// A report inside the caller's Prisma transaction (services already checked, key already taken): a
// security event escalated to a P1 incident.
export async function insertIncident(
  tx: Tx,
  actor: Principal,
  key: string,
  input: CreateIncidentInput,
  now: Date,
): Promise<IncidentResponse> {
  const report = newIncident({ kind: "person", actor }, key, input, now);
  await sqlRows(report.write, { client: tx });
  await escalateIfDue(tx, report.incident, now);
  return report.response;
}

/** Who reports an incident: a person, or an integration whose alert opened it (lib/alerts). */
export type IncidentReporter =
  | { kind: "person"; actor: Principal }
  | { kind: "integration"; id: string; name: string; alertCount: number; fireCount: number };

/**
 * An incident opened by an alert, inside the caller's transaction (the alert group is locked there):
 * the same row, timeline event and audit record as a person's report, reported by the integration.
 * A P1 escalates after the caller commits (the escalation sweep is the safety net).
 */
export async function insertAlertIncident(
  tx: Tx,
  reporter: Extract<IncidentReporter, { kind: "integration" }>,
  key: string,
  input: CreateIncidentInput,
  now: Date,
  summary: string,
): Promise<IncidentResponse> {
  const report = newIncident(reporter, key, input, now, summary);
  await sqlRows(report.write, { client: tx });
  return report.response;
}

// The new incident, its response, and the one statement that stores it with its CREATED timeline event
// and its audit record. Every value is known before anything is written, so nothing is read back.
function newIncident(
  reporter: IncidentReporter,
  key: string,
  input: CreateIncidentInput,
  now: Date,
  summary = `Reported as ${input.severity}`,
) {
  const { affectedServices } = input;
  const person = reporter.kind === "person" ? reporter.actor : null;
  const alert = reporter.kind === "integration" ? reporter : null;
  const eventActor = person ? { id: person.id, name: person.name } : { id: null, name: alert!.name };
  const auditActor = person ?? { id: null, email: `integration:${alert!.name}` };
  const id = randomUUID();
  const due = computeDueDates(now, input.severity);
  const incident = {
    id,
    key,
    title: input.title,
    description: input.description,
    severity: input.severity,
    status: "OPEN" as const,
    impact: input.impact,
    affectedServices,
    assignedToId: null,
    createdAt: now,
    updatedAt: now,
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    ...due,
    nextUpdateDueAt: null,
    rootCause: null,
    resolution: null,
    lessonsLearned: null,
    postmortemAt: null,
    causedByChangeId: null,
    causedByChange: null,
    version: 1,
  };
  const response = toIncidentResponse(
    {
      ...incident,
      reportedBy: person ? { id: person.id, name: person.name } : null,
      source: alert ? ("ALERT" as const) : ("PERSON" as const),
      integration: alert ? { id: alert.id, name: alert.name } : null,
      alertCount: alert?.alertCount ?? 0,
      fireCount: alert?.fireCount ?? 0,
      assignedTo: null,
      updateCount: 0,
      actionItems: [],
    },
    now,
  );
  const write = Prisma.sql`
    WITH incident AS (
      INSERT INTO incidents (id, key, title, description, severity, impact, affected_services, reported_by_id, source, integration_id, alert_count, fire_count, created_at, updated_at, response_due_at, resolution_due_at)
      VALUES (${id}::uuid, ${key}, ${input.title}, ${input.description}, ${input.severity}::"IncidentSeverity", ${input.impact}::"IncidentImpact",
        ${affectedServices}::text[], ${person?.id ?? null}::uuid, ${alert ? "ALERT" : "PERSON"}::"IncidentSource", ${alert?.id ?? null}::uuid,
        ${alert?.alertCount ?? 0}, ${alert?.fireCount ?? 0}, ${now}, ${now}, ${due.responseDueAt}, ${due.resolutionDueAt})
      RETURNING id),
    event AS (
      INSERT INTO incident_events (incident_id, actor_id, actor_name, kind, summary, data, at)
      SELECT id, ${eventActor.id}::uuid, ${eventActor.name}, 'CREATED', ${summary}, ${JSON.stringify({ severity: input.severity, impact: input.impact })}::jsonb, ${now}
      FROM incident),
    hook AS (${webhookEventInsert("incident.created", { incident: webhookIncident(response, portalOrigin) }, now)})
    SELECT ${auditAppend({ actor: auditActor, action: "incident.create", entityType: "incident", entityId: key, after: response })} AS hash`;
  return { write, incident, response };
}
