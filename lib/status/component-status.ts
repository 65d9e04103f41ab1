// A status page component's state (pure), derived from the open incidents on its services and public
// maintenance, unless an ops manager set it by hand; and the page's overall banner. docs will state the
// same rules for the public: the worst of what is happening now wins.
import type { Impact } from "@/lib/sla/availability";

export const COMPONENT_STATES = [
  "OPERATIONAL",
  "DEGRADED_PERFORMANCE",
  "UNDER_MAINTENANCE",
  "PARTIAL_OUTAGE",
  "MAJOR_OUTAGE",
] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

/** Worse states come later: an outage during maintenance shows the outage. */
const RANK: Record<ComponentState, number> = Object.fromEntries(
  COMPONENT_STATES.map((s, i) => [s, i]),
) as Record<ComponentState, number>;

export const STATE_LABELS: Record<ComponentState, string> = {
  OPERATIONAL: "Operational",
  DEGRADED_PERFORMANCE: "Degraded performance",
  UNDER_MAINTENANCE: "Under maintenance",
  PARTIAL_OUTAGE: "Partial outage",
  MAJOR_OUTAGE: "Major outage",
};

export type OpenIncident = { impact: Impact; severity: "P1" | "P2" | "P3" | "P4" };

/**
 * What one open incident means for a component: an outage at P1 is a major outage, any other outage a
 * partial one; degraded service is degraded performance; an incident without impact changes nothing.
 */
export function incidentState(incident: OpenIncident): ComponentState {
  if (incident.impact === "OUTAGE") return incident.severity === "P1" ? "MAJOR_OUTAGE" : "PARTIAL_OUTAGE";
  if (incident.impact === "DEGRADED") return "DEGRADED_PERFORMANCE";
  return "OPERATIONAL";
}

export const worstState = (states: readonly ComponentState[]): ComponentState =>
  states.reduce<ComponentState>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), "OPERATIONAL");

/**
 * A component now: the manual override when an ops manager set one; otherwise the worst of its open
 * incidents and, while public maintenance on it is in progress, "under maintenance" (an outage during
 * maintenance still shows as the outage).
 */
export function componentState(input: {
  openIncidents: readonly OpenIncident[];
  inMaintenance: boolean;
  override?: ComponentState | null;
}): ComponentState {
  if (input.override) return input.override;
  return worstState([
    ...input.openIncidents.map(incidentState),
    ...(input.inMaintenance ? (["UNDER_MAINTENANCE"] as const) : []),
  ]);
}

export type Banner = { state: ComponentState; text: string };

/** The page's banner: the worst component state, in words a customer reads. */
export function overallBanner(states: readonly ComponentState[]): Banner {
  const state = worstState(states);
  const affected = states.filter((s) => s === state).length;
  const text: Record<ComponentState, string> = {
    OPERATIONAL: "All systems operational",
    DEGRADED_PERFORMANCE: `Degraded performance on ${affected} ${affected === 1 ? "component" : "components"}`,
    UNDER_MAINTENANCE: "Scheduled maintenance in progress",
    PARTIAL_OUTAGE: `Partial outage on ${affected} ${affected === 1 ? "component" : "components"}`,
    MAJOR_OUTAGE: `Major outage on ${affected} ${affected === 1 ? "component" : "components"}`,
  };
  return { state, text: text[state] };
}
