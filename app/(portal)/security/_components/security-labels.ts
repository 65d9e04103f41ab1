import type { SECURITY_EVENT_TYPES, SECURITY_SEVERITIES } from "@/lib/security/schemas";

export type EventType = (typeof SECURITY_EVENT_TYPES)[number];
export type EventSeverity = (typeof SECURITY_SEVERITIES)[number];

export const TYPE_LABELS: Record<EventType, string> = {
  LOGIN_ATTEMPT: "Sign-in",
  DATA_ACCESS: "Data access",
  SYSTEM_CHANGE: "System change",
  ANOMALY: "Anomaly",
};

// Chart colours are CSS variables, so the chart follows the light/dark theme.
export const TYPE_COLORS: Record<EventType, string> = {
  LOGIN_ATTEMPT: "var(--accent)",
  DATA_ACCESS: "var(--success)",
  SYSTEM_CHANGE: "var(--warning)",
  ANOMALY: "var(--danger)",
};

export const SEVERITY_STYLES: Record<EventSeverity, string> = {
  CRITICAL: "bg-danger text-danger-fg border-danger",
  HIGH: "bg-danger/10 text-danger border-danger/40",
  MEDIUM: "bg-warning/10 text-warning border-warning/40",
  LOW: "bg-surface-2 text-muted border-border",
};

export const isEscalatable = (severity: EventSeverity) => severity === "CRITICAL" || severity === "HIGH";

export type TriageState = "new" | "investigating" | "resolved";
export const triageState = (e: { investigated: boolean; resolved: boolean }): TriageState =>
  e.resolved ? "resolved" : e.investigated ? "investigating" : "new";
export const TRIAGE_LABELS: Record<TriageState, string> = {
  new: "Not investigated",
  investigating: "Investigated",
  resolved: "Resolved",
};
