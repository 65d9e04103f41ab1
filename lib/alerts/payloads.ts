// What the monitoring tools send: the Alertmanager webhook (payload version 4) and the PagerDuty
// Events API v2 body. Unknown fields are ignored (Alertmanager adds fields over time:
// `notification_reason`, `routeLabels`…), known ones are checked so a malformed payload is refused with
// the field it got wrong. Pure: no database, unit- and property-tested.
import { z } from "zod";

const labelValue = z.string().max(4_096);
/** Label and annotation maps: string to string, as Alertmanager sends them. */
const labelMap = z.record(z.string().min(1).max(256), labelValue);
/** Alertmanager writes Go's zero time ("0001-01-01T00:00:00Z") for an alert that has not ended. */
const goTime = z.string().max(64);

export const alertmanagerAlertSchema = z.looseObject({
  status: z.enum(["firing", "resolved"]),
  labels: labelMap,
  annotations: labelMap.default({}),
  startsAt: goTime,
  endsAt: goTime.optional(),
  generatorURL: z.string().max(4_096).optional(),
  fingerprint: z.string().max(128).optional(),
});

export const alertmanagerPayloadSchema = z.looseObject({
  version: z.literal("4", { error: 'Only webhook payload version "4" is understood' }),
  groupKey: z.string().min(1).max(4_096),
  truncatedAlerts: z.number().int().min(0).default(0),
  status: z.enum(["firing", "resolved"]),
  receiver: z.string().max(1_024).default(""),
  groupLabels: labelMap.default({}),
  commonLabels: labelMap.default({}),
  commonAnnotations: labelMap.default({}),
  externalURL: z.string().max(4_096).default(""),
  alerts: z.array(alertmanagerAlertSchema).max(10_000),
});
export type AlertmanagerPayload = z.infer<typeof alertmanagerPayloadSchema>;
export type AlertmanagerAlert = z.infer<typeof alertmanagerAlertSchema>;

/** PagerDuty Events API v2 severities. */
export const EVENT_SEVERITIES = ["critical", "error", "warning", "info"] as const;
export type EventSeverity = (typeof EVENT_SEVERITIES)[number];

const eventPayloadSchema = z.looseObject({
  summary: z.string().min(1).max(1_024),
  source: z.string().min(1).max(1_024),
  severity: z.enum(EVENT_SEVERITIES),
  timestamp: z.string().max(64).optional(),
  component: z.string().max(1_024).optional(),
  group: z.string().max(1_024).optional(),
  class: z.string().max(1_024).optional(),
  custom_details: z.unknown().optional(),
});

export const eventsV2Schema = z
  .looseObject({
    routing_key: z.string().max(256).optional(),
    event_action: z.enum(["trigger", "acknowledge", "resolve"]),
    dedup_key: z.string().min(1).max(255).optional(),
    payload: eventPayloadSchema.optional(),
    client: z.string().max(1_024).optional(),
    client_url: z.string().max(4_096).optional(),
    links: z
      .array(z.looseObject({ href: z.string().max(4_096), text: z.string().max(1_024).optional() }))
      .max(50)
      .optional(),
    images: z.array(z.unknown()).max(50).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.event_action === "trigger" && !e.payload)
      ctx.addIssue({ code: "custom", path: ["payload"], message: "A trigger needs a payload" });
    if (e.event_action !== "trigger" && !e.dedup_key)
      ctx.addIssue({
        code: "custom",
        path: ["dedup_key"],
        message: `An ${e.event_action} event needs the dedup_key of what it ${e.event_action}s`,
      });
  });
export type EventsV2Event = z.infer<typeof eventsV2Schema>;

/** An instant Alertmanager sends, or null for Go's zero time, an empty string or something unparsable. */
export function alertInstant(value: string | undefined): Date | null {
  if (!value || value.startsWith("0001-01-01")) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}
