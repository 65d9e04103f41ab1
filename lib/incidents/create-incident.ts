import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { escalateIfDue } from "@/lib/incidents/escalate";
import { formatIncidentKey } from "@/lib/incidents/incident-key";
import { incidentInclude, toIncidentRow } from "@/lib/incidents/incident-query";
import { recordIncidentEvent } from "@/lib/incidents/record-event";
import type { CreateIncidentInput, IncidentResponse } from "@/lib/incidents/schemas";
import { computeDueDates } from "@/lib/incidents/sla";
import { toIncidentResponse } from "@/lib/incidents/to-incident-response";

export async function assertServicesExist(tx: Tx, slugs: string[], field = "affectedServices") {
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

// Keys come from a per-year counter row, locked by the upsert, so numbers are unique and never reused.
async function nextIncidentKey(tx: Tx, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ last_seq: number }[]>`
    INSERT INTO incident_key_counters (year, last_seq) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last_seq = incident_key_counters.last_seq + 1
    RETURNING last_seq`;
  return formatIncidentKey(year, row!.last_seq);
}

export async function createIncident(actor: Principal, input: CreateIncidentInput, now = new Date()): Promise<IncidentResponse> {
  const created = await db.$transaction(async (tx) => {
    const affectedServices = await assertServicesExist(tx, input.affectedServices);
    const key = await nextIncidentKey(tx, now.getUTCFullYear());
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
      include: incidentInclude,
    });
    await recordIncidentEvent(tx, incident.id, actor, "CREATED", `Reported as ${input.severity}`, { severity: input.severity, impact: input.impact }, now);
    await escalateIfDue(tx, { ...incident, severity: input.severity }, now);
    const response = toIncidentResponse(toIncidentRow(incident), now);
    await recordAudit(tx, { actor, action: "incident.create", entityType: "incident", entityId: key, after: response });
    return response;
  });
  return created;
}
