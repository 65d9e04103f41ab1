// SLA clocks from the handbook ("Support Response Times"), measured from the incident's creation.
export const SEVERITIES = ["P1", "P2", "P3", "P4"] as const;
export type Severity = (typeof SEVERITIES)[number];

const MINUTE = 60_000;

export const RESPONSE_MINUTES: Record<Severity, number> = { P1: 15, P2: 60, P3: 4 * 60, P4: 24 * 60 };
export const RESOLUTION_MINUTES: Record<Severity, number> = {
  P1: 4 * 60,
  P2: 24 * 60,
  P3: 72 * 60,
  P4: 7 * 24 * 60,
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  P1: "P1 - Critical",
  P2: "P2 - High",
  P3: "P3 - Medium",
  P4: "P4 - Low",
};

// A clock is "at risk" once this share of it has run.
export const AT_RISK_FRACTION = 0.75;

export function computeDueDates(
  createdAt: Date,
  severity: Severity,
): { responseDueAt: Date; resolutionDueAt: Date } {
  return {
    responseDueAt: new Date(createdAt.getTime() + RESPONSE_MINUTES[severity] * MINUTE),
    resolutionDueAt: new Date(createdAt.getTime() + RESOLUTION_MINUTES[severity] * MINUTE),
  };
}

export type ClockState = "MET" | "BREACHED" | "AT_RISK" | "RUNNING";

type ClockInput = { createdAt: Date; dueAt: Date; stoppedAt: Date | null };

// A stopped clock (acknowledged / resolved) is met or breached for good; a running one is judged now.
export function clockState({ createdAt, dueAt, stoppedAt }: ClockInput, now: Date): ClockState {
  if (stoppedAt) return stoppedAt.getTime() <= dueAt.getTime() ? "MET" : "BREACHED";
  if (now.getTime() > dueAt.getTime()) return "BREACHED";
  const total = dueAt.getTime() - createdAt.getTime();
  return now.getTime() - createdAt.getTime() >= total * AT_RISK_FRACTION ? "AT_RISK" : "RUNNING";
}

export type SlaIncident = {
  createdAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  responseDueAt: Date;
  resolutionDueAt: Date;
};

export function slaStatus(incident: SlaIncident, now: Date) {
  const response = clockState(
    { createdAt: incident.createdAt, dueAt: incident.responseDueAt, stoppedAt: incident.acknowledgedAt },
    now,
  );
  const resolution = clockState(
    { createdAt: incident.createdAt, dueAt: incident.resolutionDueAt, stoppedAt: incident.resolvedAt },
    now,
  );
  return {
    response,
    resolution,
    responseBreached: response === "BREACHED",
    resolutionBreached: resolution === "BREACHED",
  };
}

// The deadline that matters now: the response until someone acknowledges, then the resolution.
export function urgencyDueAt(
  incident: Pick<SlaIncident, "acknowledgedAt" | "responseDueAt" | "resolutionDueAt">,
): Date {
  return incident.acknowledgedAt ? incident.resolutionDueAt : incident.responseDueAt;
}
