// What one notification does to its group's incident. A group is what the tool says belongs together:
// Alertmanager's `groupKey`, the Events API's `dedup_key`, a heartbeat's integration. One group has at
// most one live incident; the rules below are the whole of it (docs/alerts.md explains them to users).
//
// - firing, no incident (or only a closed one)            → open a new incident
// - firing, incident open or in progress                  → update it (counters; timeline only for news)
// - firing, incident resolved, the group had resolved too → reopen it within the reopen window (flapping),
//                                                           else open a new incident
// - firing, incident resolved by a person while the group kept firing → record only (a person decided)
// - resolved, incident open or in progress                → resolve it when the integration auto-resolves
//                                                           and no person has taken it over; else a
//                                                           timeline note that the alerts ended
// - acknowledge (Events API), incident open               → acknowledge it
// - anything else                                         → record only
import type { IncidentStatus } from "@/lib/incidents/lifecycle";

/** Alertmanager groups that fire again within this time after their incident was resolved reopen it. */
export const DEFAULT_REOPEN_WINDOW_MINUTES = 30;

export type GroupSignal = "firing" | "resolved" | "acknowledge";

export type GroupAction = "open" | "update" | "reopen" | "resolve" | "acknowledge" | "record";

export type GroupState = {
  incident: {
    status: IncidentStatus;
    resolvedAt: Date | null;
    /** A person acknowledged, took, updated or changed it: alerts no longer resolve it by themselves. */
    takenOver: boolean;
  } | null;
  /** Whether the group's last notification was firing. */
  firing: boolean;
  /** When the group's alerts last all ended. */
  resolvedAt: Date | null;
};

export type GroupPolicy = {
  autoResolve: boolean;
  /** 0 for the Events API: after a resolve, a trigger opens a new incident (PagerDuty's semantics). */
  reopenWindowMs: number;
};

export type GroupDecision = { action: GroupAction; reason: string };

export function decideGroup(
  state: GroupState,
  signal: GroupSignal,
  policy: GroupPolicy,
  now: Date,
): GroupDecision {
  const incident = state.incident;
  const live = incident && (incident.status === "OPEN" || incident.status === "IN_PROGRESS");
  if (signal === "firing") {
    if (!incident || incident.status === "CLOSED")
      return {
        action: "open",
        reason: incident ? "Its last incident is closed" : "First firing notification",
      };
    if (live) return { action: "update", reason: "The group's incident is still open" };
    // Resolved.
    if (state.firing)
      return {
        action: "record",
        reason: "A person resolved the incident while the alerts kept firing; they have not ended since",
      };
    const endedAt = latest(state.resolvedAt, incident.resolvedAt);
    if (policy.reopenWindowMs > 0 && endedAt && now.getTime() - endedAt.getTime() <= policy.reopenWindowMs)
      return {
        action: "reopen",
        reason: `Fired again ${minutes(now.getTime() - endedAt.getTime())} after it was resolved (within ${minutes(policy.reopenWindowMs)})`,
      };
    return { action: "open", reason: "Fired again after its incident was resolved" };
  }
  if (signal === "resolved") {
    if (!live) return { action: "record", reason: "No open incident to resolve" };
    if (!policy.autoResolve)
      return { action: "update", reason: "The alerts ended; this integration does not resolve incidents" };
    if (incident.takenOver)
      return {
        action: "update",
        reason: "The alerts ended; a person is handling the incident, so it stays open",
      };
    return { action: "resolve", reason: "All alerts of the group ended" };
  }
  // acknowledge
  if (incident?.status === "OPEN") return { action: "acknowledge", reason: "Acknowledged by the sender" };
  return { action: "record", reason: live ? "Already acknowledged" : "No open incident to acknowledge" };
}

function latest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

function minutes(ms: number): string {
  const m = Math.max(0, Math.round(ms / 60_000));
  return m < 1 ? "under a minute" : m === 1 ? "1 minute" : `${m} minutes`;
}

/** One alert as the group remembers it: enough to tell what a notification changes. */
export type KnownAlert = { fingerprint: string; status: "firing" | "resolved"; startsAt: string };

export type AlertDiff = {
  /** Alerts the group had not seen (or that fire again after ending): worth a timeline entry. */
  added: KnownAlert[];
  /** Alerts that ended with this notification: worth a timeline entry. */
  ended: KnownAlert[];
  /** Alerts already known in the same state: counted, not written to the timeline. */
  repeated: KnownAlert[];
};

/**
 * Compares a notification's alerts with what the group knew. Only `added` and `ended` reach the
 * timeline, so a group that Alertmanager re-sends every `group_interval` does not flood it.
 */
export function diffAlerts(known: readonly KnownAlert[], incoming: readonly KnownAlert[]): AlertDiff {
  const byPrint = new Map(known.map((a) => [a.fingerprint, a]));
  const diff: AlertDiff = { added: [], ended: [], repeated: [] };
  for (const a of incoming) {
    const before = byPrint.get(a.fingerprint);
    if (a.status === "firing") {
      if (!before || before.status === "resolved" || before.startsAt !== a.startsAt) diff.added.push(a);
      else diff.repeated.push(a);
    } else if (before && before.status === "firing") diff.ended.push(a);
    else diff.repeated.push(a);
  }
  return diff;
}

/** A stable fingerprint for an alert that has none (older senders): its sorted labels. */
export function labelFingerprint(labels: Record<string, string>): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(",");
}
