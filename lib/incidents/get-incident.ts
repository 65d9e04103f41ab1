import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { incidentInclude, toIncidentRow } from "@/lib/incidents/incident-query";
import type { IncidentResponse } from "@/lib/incidents/schemas";
import { toIncidentResponse } from "@/lib/incidents/to-incident-response";

export async function loadIncidentRow(client: Tx | typeof db, key: string) {
  const incident = await client.incident.findUnique({ where: { key }, include: incidentInclude });
  if (!incident) throw notFound(`Incident ${key}`);
  return toIncidentRow(incident);
}

export async function getIncidentOrThrow(key: string, now = new Date()): Promise<IncidentResponse> {
  return toIncidentResponse(await loadIncidentRow(db, key), now);
}
