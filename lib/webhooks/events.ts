// The portal's events for team webhooks (pure): their names, what each means, and the payloads. Every
// delivery body is the Standard Webhooks envelope `{ type, timestamp, data }`; `data` carries the record
// as it was when the event happened.
import type { IncidentResponse } from "@/lib/incidents/schemas";

export const WEBHOOK_EVENTS = {
  "incident.created": "An incident was reported (by a person or an alert)",
  "incident.acknowledged": "Someone acknowledged an incident",
  "incident.assigned": "An incident was assigned to someone (or unassigned)",
  "incident.escalated": "An incident was escalated: a policy step after the first, or the handbook's matrix",
  "incident.updated": "A communication update was posted on an incident",
  "incident.resolved": "An incident was resolved",
  "incident.reopened": "A resolved incident was reopened",
  "incident.closed": "An incident was closed",
  "change.submitted": "A change was submitted for approval",
  "change.approved": "A change was approved",
  "change.rejected": "A change was rejected",
  "change.scheduled": "An approved change was scheduled",
  "change.completed": "A change was completed",
  "change.rolled_back": "A change was rolled back",
  "access.decided": "An access request was approved or denied",
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as WebhookEventType[];
/** A subscription to every event, present and future. */
export const ALL_EVENTS = "*";

export function wantsEvent(subscribed: readonly string[], type: string): boolean {
  return subscribed.includes(ALL_EVENTS) || subscribed.includes(type);
}

/** The envelope sent: exactly these bytes are signed. */
export function webhookBody(type: string, timestamp: Date, data: unknown): string {
  return JSON.stringify({ type, timestamp: timestamp.toISOString(), data });
}

/** An incident in a webhook: what a receiver needs to act, with a link to it. */
export function webhookIncident(incident: IncidentResponse, portalOrigin: string) {
  return {
    id: incident.id,
    key: incident.key,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    impact: incident.impact,
    affectedServices: incident.affectedServices,
    source: incident.source,
    assignedTo: incident.assignedTo ? { id: incident.assignedTo.id, name: incident.assignedTo.name } : null,
    createdAt: incident.createdAt,
    acknowledgedAt: incident.acknowledgedAt,
    resolvedAt: incident.resolvedAt,
    closedAt: incident.closedAt,
    responseDueAt: incident.responseDueAt,
    resolutionDueAt: incident.resolutionDueAt,
    url: `${portalOrigin}/incidents/${encodeURIComponent(incident.key)}`,
  };
}

/** The event an incident status move means, if any. */
export function incidentStatusEvent(
  from: string,
  to: string,
  firstAcknowledgement: boolean,
): WebhookEventType | null {
  if (from === to) return null;
  if (to === "IN_PROGRESS")
    return from === "RESOLVED" ? "incident.reopened" : firstAcknowledgement ? "incident.acknowledged" : null;
  if (to === "RESOLVED") return "incident.resolved";
  if (to === "CLOSED") return "incident.closed";
  return null;
}
