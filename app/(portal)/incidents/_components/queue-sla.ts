// The SLA state a queue row shows, judged against the page's ticking clock rather than the last poll,
// so a row turns red the second its deadline passes.
import { isOpenStatus } from "@/lib/incidents/lifecycle";
import type { IncidentResponse } from "@/lib/incidents/schemas";
import { clockState } from "@/lib/incidents/sla";

export type RowSlaState = "breached" | "at-risk" | "ok";

const at = (iso: string | null) => (iso ? new Date(iso) : null);

// The clock that matters now: the response until someone acknowledges, then the resolution.
export function activeClock(incident: IncidentResponse) {
  return incident.acknowledgedAt
    ? { label: "Resolve", dueIso: incident.resolutionDueAt, stoppedIso: incident.resolvedAt }
    : { label: "Respond", dueIso: incident.responseDueAt, stoppedIso: null };
}

export function rowSlaState(incident: IncidentResponse, now: number): RowSlaState {
  if (!isOpenStatus(incident.status)) return "ok";
  const createdAt = new Date(incident.createdAt);
  const nowDate = new Date(now);
  const response = clockState(
    { createdAt, dueAt: new Date(incident.responseDueAt), stoppedAt: at(incident.acknowledgedAt) },
    nowDate,
  );
  const resolution = clockState(
    { createdAt, dueAt: new Date(incident.resolutionDueAt), stoppedAt: at(incident.resolvedAt) },
    nowDate,
  );
  // A response breach stays a breach after acknowledging: the handbook counts it against the incident.
  if (response === "BREACHED" || resolution === "BREACHED") return "breached";
  const current = incident.acknowledgedAt ? resolution : response;
  return current === "AT_RISK" ? "at-risk" : "ok";
}
