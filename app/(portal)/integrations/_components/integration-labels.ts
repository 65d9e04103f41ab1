// Words for integration kinds and notification states, said once for the list, the form and the log.
import type { IntegrationKind } from "@/lib/alerts/schemas";

export const KIND_LABELS: Record<IntegrationKind, string> = {
  ALERTMANAGER: "Alertmanager",
  EVENTS: "Events API v2",
  HEARTBEAT: "Heartbeat",
};

export const KIND_HINTS: Record<IntegrationKind, string> = {
  ALERTMANAGER: "Prometheus Alertmanager's webhook: alerts grouped by its groupKey",
  EVENTS: "Anything written for the PagerDuty Events API v2",
  HEARTBEAT: "A dead man's switch: an incident when a ping is missed",
};

export const NOTIFICATION_STATE_LABELS = {
  PENDING: "Waiting",
  PROCESSED: "Processed",
  REJECTED: "Refused",
  IGNORED: "Ignored (paused)",
} as const;

const ACTION_LABELS: Record<string, string> = {
  open: "Opened",
  reopen: "Reopened",
  update: "Updated",
  duplicate: "Duplicate",
  resolve: "Resolved",
  acknowledge: "Acknowledged",
  record: "Recorded",
};

/** A processed notification's outcome, stored as "action: reason", split for display. */
export function splitOutcome(outcome: string | null): { action: string; reason: string } | null {
  if (!outcome) return null;
  const at = outcome.indexOf(": ");
  const verb = at === -1 ? outcome : outcome.slice(0, at);
  const reason = at === -1 ? "" : outcome.slice(at + 2);
  return { action: ACTION_LABELS[verb] ?? verb, reason };
}
