// The Prisma shape every incident read uses, and its conversion to an IncidentRow.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { IncidentRow } from "@/lib/incidents/to-incident-response";

export const incidentInclude = {
  reportedBy: { select: { id: true, name: true } },
  integration: { select: { id: true, name: true } },
  assignedTo: { select: { id: true, name: true } },
  actionItems: { include: { owner: { select: { id: true, name: true } } }, orderBy: { dueDate: "asc" } },
  causedByChange: { select: { key: true, title: true } },
  _count: { select: { updates: true } },
} satisfies Prisma.IncidentInclude;

export type IncidentWithRelations = Prisma.IncidentGetPayload<{ include: typeof incidentInclude }>;

export function toIncidentRow(incident: IncidentWithRelations): IncidentRow {
  return { ...incident, updateCount: incident._count.updates };
}
