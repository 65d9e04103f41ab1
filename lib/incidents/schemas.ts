// One set of incident schemas for the forms and the API.
import { z } from "zod";
import { calendarDate, instant } from "@/lib/api/instant";
import { countedPageResponse } from "@/lib/api/counted-page";
import { listLimit } from "@/lib/api/pagination";
import { INCIDENT_STATUSES } from "@/lib/incidents/lifecycle";
import { RESPONSE_STAGES } from "@/lib/incidents/response-stage";
import { SEVERITIES } from "@/lib/incidents/sla";

export const severity = z.enum(SEVERITIES);
export const incidentStatus = z.enum(INCIDENT_STATUSES);
export const incidentImpact = z.enum(["OUTAGE", "DEGRADED", "NONE"]);

const title = z.string().trim().min(3, "At least 3 characters").max(200, "At most 200 characters");
const description = z
  .string()
  .trim()
  .min(1, "Describe what is happening")
  .max(20_000, "At most 20,000 characters");
const longText = z.string().trim().max(20_000, "At most 20,000 characters");
const serviceSlugs = z.array(z.string().trim().toLowerCase().min(1).max(63)).max(50, "At most 50 services");

export const createIncidentInput = z.object({
  title,
  description,
  severity,
  affectedServices: serviceSlugs.default([]),
  impact: incidentImpact.default("DEGRADED"),
});
export type CreateIncidentInput = z.infer<typeof createIncidentInput>;

export const updateIncidentInput = z.object({
  version: z.number().int().positive(),
  status: incidentStatus.optional(),
  severity: severity.optional(),
  assignedTo: z.uuid("Not a user id").nullable().optional(),
  title: title.optional(),
  description: description.optional(),
  impact: incidentImpact.optional(),
  affectedServices: serviceSlugs.optional(),
  resolution: longText.optional(),
  rootCause: longText.optional(),
  causedByChange: z
    .string()
    .trim()
    .max(40)
    .nullable()
    .optional()
    .describe("Key of the change that caused it (CHG-…)"),
});
export type UpdateIncidentInput = z.infer<typeof updateIncidentInput>;

export const incidentParams = z.object({ key: z.string().trim().toUpperCase().max(40) });

const csvList = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (v) =>
        typeof v === "string"
          ? v
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean)
          : v,
      z.array(item).max(10),
    )
    .optional();

export const incidentListQuery = z
  .object({
    status: csvList(incidentStatus).describe("Comma-separated; default: OPEN,IN_PROGRESS"),
    severity: csvList(severity),
    service: z.string().trim().toLowerCase().max(63).optional(),
    assignee: z.string().trim().max(40).optional().describe("A user id, `me`, or `none`"),
    q: z.string().trim().max(200).optional().describe("Full-text search over key, title and description"),
    from: instant.optional().describe("Reported at or after this time"),
    to: instant.optional().describe("Reported before this time"),
    sla: z
      .enum(["breached", "at-risk", "update-overdue"])
      .optional()
      .describe(
        "Open incidents by SLA state now: `breached` (a deadline missed, a late acknowledgement included), `at-risk` (not breached, 75 % of the running clock used), `update-overdue` (a stakeholder update is due)",
      ),
    causedByChange: z.enum(["true"]).optional().describe("Only incidents linked to a change as their cause"),
    sort: z
      .enum(["urgency", "newest"])
      .optional()
      .describe("Default: urgency for open incidents, newest otherwise"),
    limit: listLimit,
    cursor: z.string().max(300).optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ["to"],
    message: "Must be after `from`",
  });
export type IncidentListQuery = z.infer<typeof incidentListQuery>;

const person = z.object({ id: z.string(), name: z.string() });
const clock = z.enum(["MET", "BREACHED", "AT_RISK", "RUNNING"]);

export const actionItemResponse = z.object({
  id: z.string(),
  incidentKey: z.string(),
  description: z.string(),
  owner: person,
  dueDate: z.iso.date(),
  status: z.enum(["OPEN", "IN_PROGRESS", "DONE"]),
  version: z.number().int(),
});
export type ActionItemResponse = z.infer<typeof actionItemResponse>;

export const incidentResponse = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  description: z.string(),
  severity,
  status: incidentStatus,
  impact: incidentImpact,
  affectedServices: z.array(z.string()),
  reportedBy: person.nullable().describe("Null when an alert opened it (see integration)"),
  source: z.enum(["PERSON", "ALERT"]).describe("Who opened it: a person, or an alert through an integration"),
  integration: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe("The integration whose alert opened it"),
  alertCount: z.number().int().describe("Distinct alerts grouped into it (0 for a person's report)"),
  fireCount: z.number().int().describe("Notifications that fired for it (0 for a person's report)"),
  assignedTo: person.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  responseDueAt: z.iso.datetime(),
  resolutionDueAt: z.iso.datetime(),
  responseBreached: z.boolean(),
  resolutionBreached: z.boolean(),
  responseClock: clock,
  resolutionClock: clock,
  nextUpdateDueAt: z.iso.datetime().nullable(),
  updateOverdue: z.boolean(),
  stage: z.enum(RESPONSE_STAGES),
  rootCause: z.string().nullable(),
  resolution: z.string().nullable(),
  lessonsLearned: z.string().nullable(),
  postmortemAt: z.iso.datetime().nullable(),
  causedByChange: z
    .object({ key: z.string(), title: z.string() })
    .nullable()
    .describe("The change that caused it, when linked"),
  preventionMeasures: z.array(actionItemResponse),
  version: z.number().int(),
});
export type IncidentResponse = z.infer<typeof incidentResponse>;
export const incidentListResponse = countedPageResponse(incidentResponse);

export const timelineItemResponse = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: person.nullable(),
  kind: z.string(),
  summary: z.string(),
  data: z.unknown().nullable(),
});
export const timelineResponse = z.object({ items: z.array(timelineItemResponse) });
export type TimelineItem = z.infer<typeof timelineItemResponse>;

export const createUpdateInput = z.object({
  impact: z.string().trim().min(1, "Describe the impact on users").max(2000),
  currentActions: z
    .array(z.string().trim().min(1).max(500))
    .min(1, "List at least one current action")
    .max(20),
  workaround: z.string().trim().max(2000).nullish(),
  nextUpdateAt: instant.refine(
    (v) => new Date(v).getTime() > Date.now(),
    "The next update must be in the future",
  ),
  public: z.boolean().default(false),
});
export type CreateUpdateInput = z.infer<typeof createUpdateInput>;

export const incidentUpdateResponse = z.object({
  id: z.string(),
  incidentKey: z.string(),
  author: person,
  createdAt: z.iso.datetime(),
  impact: z.string(),
  currentActions: z.array(z.string()),
  workaround: z.string().nullable(),
  nextUpdateAt: z.iso.datetime(),
  public: z.boolean(),
  markdown: z.string(),
});
export type IncidentUpdateResponse = z.infer<typeof incidentUpdateResponse>;

export const postmortemInput = z.object({
  version: z
    .number()
    .int()
    .positive()
    .optional()
    .describe("The incident version you read; checked when sent"),
  rootCause: z.string().trim().min(1, "State the root cause").max(20_000),
  resolution: z.string().trim().min(1, "State how it was resolved").max(20_000),
  lessonsLearned: z.string().trim().max(20_000).nullish(),
  preventionMeasures: z
    .array(
      z.object({
        id: z
          .uuid()
          .optional()
          .describe("An existing measure's id, to keep it (and its status) when revising"),
        description: z.string().trim().min(1, "Describe the measure").max(2000),
        ownerId: z.uuid("Choose an owner"),
        dueDate: calendarDate(),
      }),
    )
    .min(1, "Add at least one prevention measure")
    .max(50),
});
export type PostmortemInput = z.infer<typeof postmortemInput>;

export const metricsQuery = z.object({
  from: instant.optional().describe("Default: 90 days ago"),
  to: instant.optional().describe("Default: now"),
  service: z.string().trim().toLowerCase().max(63).optional(),
});
export const metricsResponse = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  bySeverity: z.array(
    z.object({
      severity,
      incidents: z.number().int(),
      acknowledged: z.number().int(),
      resolved: z.number().int(),
      mttaMinutes: z.number().nullable(),
      mttrMinutes: z.number().nullable(),
      responseCompliance: z
        .number()
        .nullable()
        .describe(
          "Acknowledged in time ÷ (acknowledged + still unacknowledged past the response deadline), 0–1",
        ),
      resolutionCompliance: z
        .number()
        .nullable()
        .describe("Resolved in time ÷ (resolved + still open past the resolution deadline), 0–1"),
    }),
  ),
});
