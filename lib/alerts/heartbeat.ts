// Heartbeats (a dead man's switch): a HEARTBEAT integration expects a ping every N minutes. One that
// has not come by its due time opens an incident (P2 by default); pings resuming resolve it. Due times
// are computed from stored instants only, so a restart of the portal neither loses a missed beat nor
// invents one.

/** A ping may be this late before it counts as missed (network and scheduling jitter). */
export const HEARTBEAT_GRACE_MS = 60_000;

export const DEFAULT_HEARTBEAT_SEVERITY = "P2" as const;

export type HeartbeatState = {
  intervalMinutes: number;
  /** The last ping, or null when none came yet. */
  lastPingAt: Date | null;
  /** When the integration was created or last un-paused: the clock starts there before a first ping. */
  since: Date;
};

/** When the next ping is due (after that plus the grace, it is missed). */
export function heartbeatDueAt(s: HeartbeatState): Date {
  const from = s.lastPingAt && s.lastPingAt > s.since ? s.lastPingAt : s.since;
  return new Date(from.getTime() + s.intervalMinutes * 60_000);
}

export function isHeartbeatMissed(s: HeartbeatState, now: Date): boolean {
  return now.getTime() > heartbeatDueAt(s).getTime() + HEARTBEAT_GRACE_MS;
}

/** The incident's title and description for a missed heartbeat. */
export function missedHeartbeatText(name: string, s: HeartbeatState, now: Date) {
  const due = heartbeatDueAt(s);
  const lateMinutes = Math.max(1, Math.round((now.getTime() - due.getTime()) / 60_000));
  return {
    title: `Heartbeat missed: ${name}`,
    description:
      `${name} pings every ${s.intervalMinutes} min; the ping due at ${due.toISOString()} has not come ` +
      `(${lateMinutes} min late). ` +
      (s.lastPingAt ? `Last ping ${s.lastPingAt.toISOString()}.` : "No ping has been received yet."),
  };
}
