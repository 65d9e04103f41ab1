import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { escalateIfDue } from "@/lib/incidents/escalate";
import { formatIncidentKey } from "@/lib/incidents/incident-key";
import { recordIncidentEvent } from "@/lib/incidents/record-event";
import type { CreateIncidentInput, IncidentResponse } from "@/lib/incidents/schemas";
import { computeDueDates } from "@/lib/incidents/sla";
import { toIncidentResponse } from "@/lib/incidents/to-incident-response";

export async function assertServicesExist(tx: Tx | typeof db, slugs: string[], field = "affectedServices") {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return unique;
  const found = await tx.service.findMany({ where: { slug: { in: unique } }, select: { slug: true } });
  const missing = unique.filter((s) => !found.some((f) => f.slug === s));
  if (missing.length) {
    throw new AppError("UNPROCESSABLE", `Unknown service${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`, {
      errors: [{ path: field, message: `Not in the service catalog: ${missing.join(", ")}` }],
    });
  }
  return unique;
}

// Keys come from a per-year counter row, taken in a short transaction of its own so concurrent reports
// do not queue behind each other's whole write. Numbers are unique and never reused; a report that
// fails after taking one leaves a gap, as a database sequence would.
export async function nextIncidentKey(year: number): Promise<string> {
  const [row] = await db.$queryRaw<{ last_seq: number }[]>`
    INSERT INTO incident_key_counters (year, last_seq) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last_seq = incident_key_counters.last_seq + 1
    RETURNING last_seq`;
  return formatIncidentKey(year, row!.last_seq);
}

export async function createIncident(actor: Principal, input: CreateIncidentInput, now = new Date()): Promise<IncidentResponse> {
  // Checked before a key is taken, so a refused report does not use up a number.
  const affectedServices = await assertServicesExist(db, input.affectedServices);
  const key = await nextIncidentKey(now.getUTCFullYear());
  return db.$transaction((tx) => insertIncident(tx, actor, key, { ...input, affectedServices }, now));
}

// The report itself, inside the caller's transaction (services already checked, key already taken).
export async function insertIncident(tx: Tx, actor: Principal, key: string, input: CreateIncidentInput, now: Date): Promise<IncidentResponse> {
  const { affectedServices } = input;
  const incident = await tx.incident.create({
    data: {
      key,
      title: input.title,
      description: input.description,
      severity: input.severity,
      impact: input.impact,
      affectedServices,
      reportedById: actor.id,
      createdAt: now,
      ...computeDueDates(now, input.severity),
    },
  });
  await recordIncidentEvent(tx, incident.id, actor, "CREATED", `Reported as ${input.severity}`, { severity: input.severity, impact: input.impact }, now);
  await escalateIfDue(tx, { ...incident, severity: input.severity }, now);
  // A new incident has its reporter, no assignee, no updates and no action items: no need to read back.
  const response = toIncidentResponse({ ...incident, reportedBy: { id: actor.id, name: actor.name }, assignedTo: null, updateCount: 0, actionItems: [] }, now);
  await recordAudit(tx, { actor, action: "incident.create", entityType: "incident", entityId: key, after: response });
  return response;
}
