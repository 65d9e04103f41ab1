// What the integration forms hold (text for numbers, rows for rules and the severity map) and how it
// becomes the API's input. Pure: unit-tested; the API's own schemas validate the result.
import type { RoutingRule, SeverityMap } from "@/lib/alerts/routing";
import type { IntegrationKind, IntegrationResponse } from "@/lib/alerts/schemas";
import type { Severity } from "@/lib/incidents/sla";

export type MatcherRow = { label: string; op: "=" | "!=" | "=~" | "!~"; value: string };
export type RuleRow = { matchers: MatcherRow[]; service: string; severity: Severity | "" };
export type SeverityRow = { value: string; severity: Severity };

export type IntegrationFormValues = {
  name: string;
  kind: IntegrationKind;
  services: string[];
  autoResolve: boolean;
  paused: boolean;
  reopenWindowMinutes: string;
  heartbeatMinutes: string;
  heartbeatSeverity: Severity;
  rules: RuleRow[];
  severityMap: SeverityRow[];
};

export const EMPTY_MATCHER: MatcherRow = { label: "", op: "=", value: "" };
export const EMPTY_RULE: RuleRow = { matchers: [EMPTY_MATCHER], service: "", severity: "" };

export const NEW_INTEGRATION_VALUES: IntegrationFormValues = {
  name: "",
  kind: "ALERTMANAGER",
  services: [],
  autoResolve: true,
  paused: false,
  reopenWindowMinutes: "30",
  heartbeatMinutes: "5",
  heartbeatSeverity: "P2",
  rules: [],
  severityMap: [
    { value: "critical", severity: "P1" },
    { value: "warning", severity: "P3" },
  ],
};

/** "30" → 30; "" → undefined (the schema's default, or its "required"); "abc" → NaN, which it refuses. */
const toNumber = (text: string): number | undefined => (text.trim() === "" ? undefined : Number(text.trim()));

export function toRules(rows: readonly RuleRow[]): RoutingRule[] {
  return rows.map((r) => ({
    matchers: r.matchers.map((m) => ({ label: m.label.trim(), op: m.op, value: m.value })),
    ...(r.service ? { service: r.service } : {}),
    ...(r.severity ? { severity: r.severity } : {}),
  }));
}

export function toSeverityMap(rows: readonly SeverityRow[]): SeverityMap {
  return Object.fromEntries(rows.map((r) => [r.value.trim(), r.severity]));
}

// The settings the create and the edit form both send.
const settingsInput = (v: IntegrationFormValues) => ({
  name: v.name,
  services: v.services,
  autoResolve: v.autoResolve,
  reopenWindowMinutes: toNumber(v.reopenWindowMinutes),
  ...(v.kind === "HEARTBEAT"
    ? { heartbeatMinutes: toNumber(v.heartbeatMinutes), heartbeatSeverity: v.heartbeatSeverity }
    : {}),
  rules: toRules(v.rules),
  severityMap: toSeverityMap(v.severityMap),
});

/** The create input (POST /api/integrations): the settings, the kind and whether it starts paused. */
export function toCreateInput(v: IntegrationFormValues) {
  return { ...settingsInput(v), kind: v.kind, paused: v.paused };
}

/** The edit input (PATCH /api/integrations/{id}) for the settings the form shows; pausing is its own button. */
export function toUpdateInput(v: IntegrationFormValues, version: number) {
  return { version, ...settingsInput(v) };
}

/** An integration as the edit form's values. */
export function toFormValues(i: IntegrationResponse): IntegrationFormValues {
  return {
    name: i.name,
    kind: i.kind,
    services: i.services,
    autoResolve: i.autoResolve,
    paused: i.paused,
    reopenWindowMinutes: String(i.reopenWindowMinutes),
    heartbeatMinutes: i.heartbeatMinutes === null ? "" : String(i.heartbeatMinutes),
    heartbeatSeverity: i.heartbeatSeverity,
    rules: i.rules.map((r) => ({
      matchers: r.matchers.map((m) => ({ ...m })),
      service: r.service ?? "",
      severity: r.severity ?? "",
    })),
    severityMap: Object.entries(i.severityMap).map(([value, severity]) => ({ value, severity })),
  };
}
