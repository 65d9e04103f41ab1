// One set of integration schemas for the forms and the API.
import { z } from "zod";
import { DEFAULT_REOPEN_WINDOW_MINUTES } from "@/lib/alerts/grouping";
import { DEFAULT_SEVERITY_MAP, routingRuleSchema, severityMapSchema } from "@/lib/alerts/routing";
import { SEVERITIES } from "@/lib/incidents/sla";

export const INTEGRATION_KINDS = ["ALERTMANAGER", "EVENTS", "HEARTBEAT"] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

/** After a rotation, the old secret keeps working this long, so senders can be switched over. */
export const SECRET_GRACE_HOURS = 24;
/** Alertmanager sends at most this much in one notification (bounded by `max_alerts`); larger → 413. */
export const INTAKE_BODY_LIMIT_BYTES = 512 * 1024;

const name = z.string().trim().min(2, "At least 2 characters").max(100, "At most 100 characters");
const services = z.array(z.string().trim().toLowerCase().min(1).max(63)).max(20, "At most 20 services");

export const createIntegrationInput = z
  .strictObject({
    name,
    kind: z.enum(INTEGRATION_KINDS),
    services: services.default([]),
    rules: z.array(routingRuleSchema).max(50).default([]),
    severityMap: severityMapSchema.default(DEFAULT_SEVERITY_MAP),
    autoResolve: z.boolean().default(true),
    paused: z.boolean().default(false),
    reopenWindowMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(DEFAULT_REOPEN_WINDOW_MINUTES),
    heartbeatMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .optional(),
    heartbeatSeverity: z.enum(SEVERITIES).default("P2"),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "HEARTBEAT" && v.heartbeatMinutes === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["heartbeatMinutes"],
        message: "A heartbeat needs its interval in minutes",
      });
    if (v.kind !== "HEARTBEAT" && v.heartbeatMinutes !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["heartbeatMinutes"],
        message: "Only a HEARTBEAT integration has an interval",
      });
  });
export type CreateIntegrationInput = z.infer<typeof createIntegrationInput>;

export const updateIntegrationInput = z.strictObject({
  version: z.number().int().positive(),
  name: name.optional(),
  services: services.optional(),
  rules: z.array(routingRuleSchema).max(50).optional(),
  severityMap: severityMapSchema.optional(),
  autoResolve: z.boolean().optional(),
  paused: z.boolean().optional(),
  reopenWindowMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  heartbeatMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .optional(),
  heartbeatSeverity: z.enum(SEVERITIES).optional(),
  /** true: a new secret is made and shown once; the old one works for SECRET_GRACE_HOURS more. */
  rotateSecret: z.boolean().optional(),
});
export type UpdateIntegrationInput = z.infer<typeof updateIntegrationInput>;

export const integrationCounts = z.object({
  received: z.number().int(),
  deduplicated: z.number().int(),
  opened: z.number().int(),
  resolved: z.number().int(),
  errors: z.number().int(),
});

export const integrationResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(INTEGRATION_KINDS),
  /** The intake URL path for this integration's kind. */
  url: z.string(),
  secretPrefix: z.string(),
  previousSecretExpiresAt: z.string().nullable(),
  services: z.array(z.string()),
  rules: z.array(routingRuleSchema),
  severityMap: severityMapSchema,
  autoResolve: z.boolean(),
  paused: z.boolean(),
  reopenWindowMinutes: z.number().int(),
  heartbeatMinutes: z.number().int().nullable(),
  heartbeatSeverity: z.enum(SEVERITIES),
  lastPingAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type IntegrationResponse = z.infer<typeof integrationResponse>;

/** The create and rotate answers: the one time the secret is shown. */
export const integrationWithSecret = integrationResponse.extend({ secret: z.string() });

export const integrationParams = z.object({ id: z.uuid("Not an integration id") });
/** Intake paths take any id: an unknown one is a 404 like a missing integration (never a 422 to a sender). */
export const intakeParams = z.object({ id: z.string().max(100) });

export const integrationListResponse = z.object({
  items: z.array(integrationResponse.extend({ counts: integrationCounts })),
});

export const notificationLogItem = z.object({
  id: z.string(),
  receivedAt: z.string(),
  state: z.enum(["PENDING", "PROCESSED", "REJECTED", "IGNORED"]),
  groupKey: z.string().nullable(),
  outcome: z.string().nullable(),
  error: z.string().nullable(),
  incidentKey: z.string().nullable(),
  /** The body as received (pretty JSON), or the start of a refused non-JSON body. Shown as text. */
  body: z.string(),
});
export const notificationLogResponse = z.object({ items: z.array(notificationLogItem) });

export const intakeAnswer = z.looseObject({ status: z.string() });

export const alertGroupResponse = z.object({
  groupKey: z.string(),
  integration: z.object({ id: z.string(), name: z.string(), kind: z.enum(INTEGRATION_KINDS) }),
  firing: z.boolean(),
  fireCount: z.number().int(),
  truncatedAlerts: z.number().int(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  alerts: z.array(
    z.object({
      fingerprint: z.string(),
      status: z.enum(["firing", "resolved"]),
      startsAt: z.string(),
      endsAt: z.string().nullable(),
      labels: z.record(z.string(), z.string()),
      annotations: z.record(z.string(), z.string()),
      generatorURL: z.string().nullable(),
      lastSeenAt: z.string(),
    }),
  ),
});
export const incidentAlertsResponse = z.object({ items: z.array(alertGroupResponse) });

export const suspectChangesResponse = z.object({
  items: z.array(
    z.object({
      change: z.object({
        key: z.string(),
        title: z.string(),
        status: z.string(),
        riskLevel: z.enum(["LOW", "MEDIUM", "HIGH"]),
        services: z.array(z.string()),
      }),
      reason: z.string(),
      score: z.number().int(),
    }),
  ),
});
