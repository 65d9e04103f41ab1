import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { incidentInclude, toIncidentRow } from "@/lib/incidents/incident-query";
import type { IncidentResponse } from "@/lib/incidents/schemas";
import { toIncidentResponse } from "@/lib/incidents/to-incident-response";

/** The incident row with its relations, on `db` or in a transaction; NOT_FOUND when missing. */
export async function loadIncidentRow(client: Tx | typeof db, key: string) {
  const incident = await client.incident.findUnique({ where: { key }, include: incidentInclude });
  if (!incident) throw notFound(`Incident ${key}`);
  return toIncidentRow(incident);
}

/** One incident as the API returns it; NOT_FOUND (404) when missing. */
export async function getIncident(key: string, now = new Date()): Promise<IncidentResponse> {
  return toIncidentResponse(await loadIncidentRow(db, key), now);
}
