// Routing rules: which service an alert is about and which severity its incident gets. An integration
// keeps an ordered list of rules (label matchers → service and/or severity); the first rule whose
// matchers all hold decides, and what it leaves open falls back to the integration's defaults. The
// handbook's alert rules carry `severity: critical | warning`, mapped to P1 / P3 unless edited.
import { z } from "zod";
import type { EventSeverity } from "@/lib/alerts/payloads";
import type { Severity } from "@/lib/incidents/sla";

/** Prometheus' matcher operators: equal, not equal, regex match, regex no match (anchored, like Alertmanager's). */
export const MATCHER_OPS = ["=", "!=", "=~", "!~"] as const;

export const matcherSchema = z.strictObject({
  label: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "A label name is letters, digits and _"),
  op: z.enum(MATCHER_OPS),
  value: z.string().max(1_024),
});
export type Matcher = z.infer<typeof matcherSchema>;

const SEVERITY = z.enum(["P1", "P2", "P3", "P4"]);

export const routingRuleSchema = z
  .strictObject({
    matchers: z.array(matcherSchema).min(1).max(20),
    service: z.string().min(1).max(100).optional(),
    severity: SEVERITY.optional(),
  })
  .superRefine((rule, ctx) => {
    if (!rule.service && !rule.severity)
      ctx.addIssue({
        code: "custom",
        path: ["service"],
        message: "A rule sets a service, a severity or both",
      });
    rule.matchers.forEach((m, i) => {
      if (m.op.endsWith("~") && regexError(m.value))
        ctx.addIssue({
          code: "custom",
          path: ["matchers", i, "value"],
          message: `Not a valid regular expression: ${regexError(m.value)}`,
        });
    });
  });
export type RoutingRule = z.infer<typeof routingRuleSchema>;

/** The label value → severity map; the handbook's two rule severities by default. */
export const severityMapSchema = z.record(z.string().min(1).max(64), SEVERITY);
export type SeverityMap = z.infer<typeof severityMapSchema>;
export const DEFAULT_SEVERITY_MAP: SeverityMap = { critical: "P1", warning: "P3" };
/** What an alert with no `severity` label (or an unmapped one) becomes. */
export const FALLBACK_SEVERITY: Severity = "P3";

/** Events API v2 severities → incident severities. */
export const EVENT_SEVERITY: Record<EventSeverity, Severity> = {
  critical: "P1",
  error: "P2",
  warning: "P3",
  info: "P4",
};

function regexError(source: string): string | null {
  try {
    new RegExp(`^(?:${source})$`);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Whether one matcher holds for a label set. A missing label is the empty string, as in Prometheus. */
export function matches(m: Matcher, labels: Record<string, string>): boolean {
  const value = labels[m.label] ?? "";
  switch (m.op) {
    case "=":
      return value === m.value;
    case "!=":
      return value !== m.value;
    case "=~":
      return new RegExp(`^(?:${m.value})$`).test(value);
    case "!~":
      return !new RegExp(`^(?:${m.value})$`).test(value);
  }
}

export type Route = {
  /** Service slugs the incident affects: the rule's service, or the integration's defaults. */
  services: string[];
  severity: Severity;
  /** Index of the rule that decided, or null when the defaults did. */
  rule: number | null;
  /** Why, in words, for the incident's timeline. */
  reason: string;
};

/**
 * Routes an alert by its labels: the first rule whose matchers all hold gives the service and/or the
 * severity; the rest comes from the integration (its default services, its severity map applied to the
 * `severity` label, else P3).
 */
export function routeAlert(
  labels: Record<string, string>,
  integration: { rules: readonly RoutingRule[]; services: readonly string[]; severityMap: SeverityMap },
): Route {
  const index = integration.rules.findIndex((r) => r.matchers.every((m) => matches(m, labels)));
  const rule = index >= 0 ? integration.rules[index] : undefined;
  const label = labels.severity;
  const mapped = label !== undefined ? integration.severityMap[label] : undefined;
  const severity = rule?.severity ?? mapped ?? FALLBACK_SEVERITY;
  const services = rule?.service ? [rule.service] : [...integration.services];
  const why = rule
    ? `rule ${index + 1} (${rule.matchers.map((m) => `${m.label}${m.op}"${m.value}"`).join(", ")})`
    : mapped
      ? `severity="${label}"`
      : "the integration's defaults";
  return { services, severity, rule: index >= 0 ? index : null, reason: `Routed by ${why}` };
}

/** The most severe of several severities (P1 beats P2…). */
export function mostSevere(severities: readonly Severity[]): Severity {
  return [...severities].sort()[0] ?? FALLBACK_SEVERITY;
}
