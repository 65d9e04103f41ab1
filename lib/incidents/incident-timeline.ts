import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { TimelineItem } from "@/lib/incidents/schemas";

// Oldest first, as the story happened.
export async function listIncidentTimeline(key: string): Promise<TimelineItem[]> {
  const incident = await db.incident.findUnique({ where: { key }, select: { id: true } });
  if (!incident) throw notFound(`Incident ${key}`);
  const events = await db.incidentEvent.findMany({
    where: { incidentId: incident.id },
    orderBy: { id: "asc" },
  });
  return events.map((e) => ({
    id: e.id.toString(),
    at: e.at.toISOString(),
    actor: e.actorId
      ? { id: e.actorId, name: e.actorName }
      : e.actorName
        ? { id: "system", name: e.actorName }
        : null,
    kind: e.kind,
    summary: e.summary,
    data: e.data ?? null,
  }));
}
