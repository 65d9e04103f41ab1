// What the viewer may do to the incident right now: the lifecycle's allowed moves intersected with their
// permissions. The server checks the same rules; this only hides what it would refuse.
import { ALLOWED_TRANSITIONS, checkTransition, type IncidentStatus } from "@/lib/incidents/lifecycle";
import type { IncidentResponse } from "@/lib/incidents/schemas";

export type Viewer = { id: string; canUpdate: boolean; canAssign: boolean; canClose: boolean };

export type AvailableActions = {
  acknowledge: boolean;
  resolve: boolean;
  reopen: boolean;
  close: boolean;
  closeBlockedReason: string | null;
  changeSeverity: boolean;
  assignOthers: boolean;
  assignToMe: boolean;
  postUpdate: boolean;
  writePostmortem: boolean;
};

export function availableActions(incident: IncidentResponse, viewer: Viewer): AvailableActions {
  const may = (to: IncidentStatus) => viewer.canUpdate && ALLOWED_TRANSITIONS[incident.status].includes(to);
  const isChangeable = viewer.canUpdate && incident.status !== "CLOSED";
  const closeVerdict = checkTransition(incident.status, "CLOSED", {
    severity: incident.severity,
    hasResolution: true,
    hasPostmortem: incident.postmortemAt !== null,
  });
  return {
    acknowledge: incident.status === "OPEN" && may("IN_PROGRESS"),
    resolve: may("RESOLVED"),
    reopen: incident.status === "RESOLVED" && may("IN_PROGRESS"),
    close: may("CLOSED") && viewer.canClose,
    closeBlockedReason: closeVerdict.ok ? null : closeVerdict.message,
    changeSeverity: isChangeable,
    assignOthers: isChangeable && viewer.canAssign,
    assignToMe: isChangeable && incident.assignedTo?.id !== viewer.id,
    postUpdate: isChangeable,
    // Written once resolved; a closed incident "can no longer change", its post-mortem included.
    writePostmortem: viewer.canUpdate && incident.status === "RESOLVED",
  };
}
