import type { ActionItemResponse, IncidentResponse } from "@/lib/incidents/schemas";
import { currentStage } from "@/lib/incidents/response-stage";
import { slaStatus, type Severity } from "@/lib/incidents/sla";
import type { IncidentStatus } from "@/lib/incidents/lifecycle";

type Person = { id: string; name: string } | null;

export type IncidentRow = {
  id: string;
  key: string;
  title: string;
  description: string;
  severity: Severity;
  status: IncidentStatus;
  impact: "OUTAGE" | "DEGRADED" | "NONE";
  affectedServices: string[];
  /** Null when an alert opened it: then `integration` is the reporter. */
  reportedBy: Person;
  source: "PERSON" | "ALERT";
  integration: { id: string; name: string } | null;
  alertCount: number;
  fireCount: number;
  assignedTo: Person;
  assignedToId: string | null;
  createdAt: Date;
  updatedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  responseDueAt: Date;
  resolutionDueAt: Date;
  nextUpdateDueAt: Date | null;
  rootCause: string | null;
  resolution: string | null;
  lessonsLearned: string | null;
  postmortemAt: Date | null;
  causedByChangeId?: string | null;
  causedByChange?: { key: string; title: string } | null;
  version: number;
  updateCount: number;
  actionItems: {
    id: string;
    description: string;
    owner: { id: string; name: string };
    dueDate: Date;
    status: "OPEN" | "IN_PROGRESS" | "DONE";
    version: number;
  }[];
};

export function toActionItemResponse(
  incidentKey: string,
  item: IncidentRow["actionItems"][number],
): ActionItemResponse {
  return {
    id: item.id,
    incidentKey,
    description: item.description,
    owner: item.owner,
    dueDate: item.dueDate.toISOString().slice(0, 10),
    status: item.status,
    version: item.version,
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toIncidentResponse(row: IncidentRow, now = new Date()): IncidentResponse {
  const sla = slaStatus(row, now);
  const open = row.status === "OPEN" || row.status === "IN_PROGRESS";
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    description: row.description,
    severity: row.severity,
    status: row.status,
    impact: row.impact,
    affectedServices: row.affectedServices,
    reportedBy: row.reportedBy,
    source: row.source,
    integration: row.integration,
    alertCount: row.alertCount,
    fireCount: row.fireCount,
    assignedTo: row.assignedTo,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    responseDueAt: row.responseDueAt.toISOString(),
    resolutionDueAt: row.resolutionDueAt.toISOString(),
    responseBreached: sla.responseBreached,
    resolutionBreached: sla.resolutionBreached,
    responseClock: sla.response,
    resolutionClock: sla.resolution,
    nextUpdateDueAt: iso(row.nextUpdateDueAt),
    updateOverdue: open && row.nextUpdateDueAt !== null && row.nextUpdateDueAt.getTime() < now.getTime(),
    stage: currentStage(row),
    rootCause: row.rootCause,
    resolution: row.resolution,
    lessonsLearned: row.lessonsLearned,
    postmortemAt: iso(row.postmortemAt),
    causedByChange: row.causedByChange ?? null,
    preventionMeasures: row.actionItems.map((a) => toActionItemResponse(row.key, a)),
    version: row.version,
  };
}
