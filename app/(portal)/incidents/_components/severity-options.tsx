// The handbook's severity definitions and SLA targets, as the report form offers them.
import type { Choice } from "@/components/ui/choice-group";
import { RESOLUTION_MINUTES, RESPONSE_MINUTES, SEVERITIES, type Severity } from "@/lib/incidents/sla";
import { formatMinutes } from "@/components/ui/format-duration";

const MEANING: Record<Severity, string> = {
  P1: "System down, data loss or security breach",
  P2: "Major functionality impaired",
  P3: "Minor issue",
  P4: "Cosmetic",
};

const CHECKED: Record<Severity, string> = {
  P1: "bg-danger/15 text-danger ring-1 ring-danger/50",
  P2: "bg-warning/15 text-warning ring-1 ring-warning/50",
  P3: "bg-accent/15 text-accent ring-1 ring-accent/40",
  P4: "bg-surface-2 text-fg ring-1 ring-border",
};

export const SEVERITY_OPTIONS: Choice<Severity>[] = SEVERITIES.map((s) => ({
  value: s,
  label: <span className="font-mono">{s}</span>,
  hint: MEANING[s],
  checkedClass: CHECKED[s],
}));

export function severitySla(severity: Severity | ""): string {
  if (!severity) return "Choose how bad it is: the SLA clocks start when you report.";
  return `${severity} SLA: respond within ${formatMinutes(RESPONSE_MINUTES[severity])}, resolve within ${formatMinutes(RESOLUTION_MINUTES[severity])}.`;
}
