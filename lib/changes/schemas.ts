// One set of change schemas for the forms and the API.
import { z } from "zod";
import { instant } from "@/lib/api/instant";
import { countedPageResponse } from "@/lib/api/counted-page";
import { listLimit } from "@/lib/api/pagination";
import { CHANGE_STATUSES } from "@/lib/changes/lifecycle";
import { RISK_QUESTIONS } from "@/lib/changes/risk-policy";
import { CHANGE_CATEGORIES, ENVIRONMENTS, RISK_LEVELS } from "@/lib/changes/types";
import { INCIDENT_STATUSES } from "@/lib/incidents/lifecycle";

export const changeCategory = z.enum(CHANGE_CATEGORIES);
export const changeEnvironment = z.enum(ENVIRONMENTS);
export const changeStatus = z.enum(CHANGE_STATUSES);
export const riskLevel = z.enum(RISK_LEVELS);
export const approvalRoute = z.enum(["AUTO", "TECHNICAL_REVIEW", "CAB", "EMERGENCY_CAB"]);
export const voteDecision = z.enum(["APPROVE", "REJECT"]);

const answerEnum = <Q extends keyof typeof RISK_QUESTIONS>(q: Q) =>
  z
    .enum(Object.keys(RISK_QUESTIONS[q].answers) as [string, ...string[]])
    .optional()
    .describe(RISK_QUESTIONS[q].label);

export const riskAnswers = z
  .object({
    rollbackTested: answerEnum("rollbackTested"),
    changeSize: answerEnum("changeSize"),
    dataMigration: answerEnum("dataMigration"),
    offHoursDependency: answerEnum("offHoursDependency"),
    priorFailures: answerEnum("priorFailures"),
  })
  .strict()
  .describe("A question left out counts as its riskiest answer");

const title = z.string().trim().min(3, "At least 3 characters").max(200, "At most 200 characters");
const text = (message: string) => z.string().trim().min(1, message).max(20_000, "At most 20,000 characters");
const serviceSlugs = z
  .array(z.string().trim().toLowerCase().min(1).max(63))
  .min(1, "Name at least one service")
  .max(50, "At most 50 services");

const changeFields = {
  title,
  description: text("Describe the change"),
  category: changeCategory,
  environment: changeEnvironment,
  services: serviceSlugs,
  plannedStart: instant,
  plannedEnd: instant,
  implementationPlan: text("Describe how it will be implemented"),
  rollbackPlan: text("A rollback plan is required"),
  verificationPlan: text("Describe how success will be verified"),
  riskAnswers,
  implementerId: z
    .uuid("Not a user id")
    .nullable()
    .optional()
    .describe("Who will implement it (cannot vote on it)"),
};

const endAfterStart = (v: { plannedStart?: string; plannedEnd?: string }) =>
  !v.plannedStart || !v.plannedEnd || new Date(v.plannedEnd).getTime() > new Date(v.plannedStart).getTime();
const endAfterStartIssue = {
  message: "The planned end must be after the planned start",
  path: ["plannedEnd"],
};

export const createChangeInput = z
  .object({ ...changeFields, riskAnswers: riskAnswers.default({}) })
  .refine(endAfterStart, endAfterStartIssue);
export type CreateChangeInput = z.infer<typeof createChangeInput>;

export const updateChangeInput = z
  .object(changeFields)
  .partial()
  .extend({ version: z.number().int().positive() })
  .refine(endAfterStart, endAfterStartIssue);
export type UpdateChangeInput = z.infer<typeof updateChangeInput>;

export const changeParams = z.object({ key: z.string().trim().toUpperCase().max(40) });
export const submitChangeInput = z.object({ version: z.number().int().positive() });
export const voteInput = z.object({
  decision: voteDecision,
  comment: z.string().trim().max(5000).default(""),
});
export type VoteInput = z.infer<typeof voteInput>;

export const transitionInput = z
  .object({
    version: z.number().int().positive(),
    to: changeStatus,
    plannedStart: instant.optional().describe("Scheduling: a new planned start"),
    plannedEnd: instant.optional().describe("Scheduling: a new planned end"),
    notes: z
      .string()
      .trim()
      .max(20_000)
      .optional()
      .describe(
        "Rolling back: what was done (required). Closing an emergency change: the post-implementation review (required). Cancelling: the reason.",
      ),
  })
  .refine(endAfterStart, endAfterStartIssue);
export type TransitionInput = z.infer<typeof transitionInput>;

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
      z.array(item).max(12),
    )
    .optional();

export const changeListQuery = z.object({
  status: csvList(changeStatus).describe("Comma-separated; default: every status"),
  category: csvList(changeCategory),
  environment: csvList(changeEnvironment),
  riskLevel: csvList(riskLevel),
  service: z.string().trim().toLowerCase().max(63).optional(),
  mine: z.enum(["true", "false"]).optional().describe("Changes I requested or implement"),
  q: z.string().trim().max(200).optional().describe("Search in key, title and description"),
  finishedFrom: instant
    .optional()
    .describe(
      "Finished (completed or rolled back) at or after this time, whatever the status since (closed included)",
    ),
  finishedTo: instant.optional().describe("Finished before this time"),
  outcome: z
    .enum(["completed", "rolled-back"])
    .optional()
    .describe("How a finished change ended, whatever its status since: completed, or rolled back"),
  limit: listLimit,
  cursor: z.string().max(300).optional(),
});
export type ChangeListQuery = z.infer<typeof changeListQuery>;

const person = z.object({ id: z.string(), name: z.string() });

export const riskFactorResponse = z.object({
  question: z.string(),
  label: z.string(),
  answer: z.string(),
  points: z.number().int(),
  defaulted: z.boolean(),
});

export const changeSummaryResponse = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  category: changeCategory,
  environment: changeEnvironment,
  services: z.array(z.string()),
  status: changeStatus,
  riskScore: z.number().int(),
  riskLevel,
  approvalRoute: approvalRoute.nullable(),
  plannedStart: z.iso.datetime().nullable(),
  plannedEnd: z.iso.datetime().nullable(),
  requestedBy: person,
  implementer: person.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type ChangeSummary = z.infer<typeof changeSummaryResponse>;

export const changeConflictResponse = z.object({
  key: z.string(),
  title: z.string(),
  status: changeStatus,
  environment: changeEnvironment,
  plannedStart: z.iso.datetime(),
  plannedEnd: z.iso.datetime(),
  services: z.array(z.string()).describe("The services both changes touch"),
});

export const changeResponse = changeSummaryResponse.extend({
  description: z.string(),
  implementationPlan: z.string(),
  rollbackPlan: z.string(),
  verificationPlan: z.string(),
  riskAnswers: z.record(z.string(), z.string()),
  riskFactors: z.array(riskFactorResponse),
  riskPolicyVersion: z.string(),
  riskFloor: z.string().nullable(),
  quorum: z.number().int().nullable(),
  approvalsNeeded: z
    .number()
    .int()
    .describe("Approvals the route needs (after submit; the route it would take before)"),
  eligibleRoles: z.array(z.string()).describe("Who may vote on this route"),
  round: z.number().int().describe("Submissions so far; votes belong to the current round"),
  approvals: z.array(
    z.object({ approver: person, decision: voteDecision, comment: z.string(), at: z.iso.datetime() }),
  ),
  emergencyAuthorizedBy: person.nullable(),
  submittedAt: z.iso.datetime().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  approvedWindow: z
    .object({ start: z.iso.datetime(), end: z.iso.datetime() })
    .nullable()
    .describe(
      "While approved or scheduled: the window the approval covers. Moving outside it, or changing the environment, services, plans or risk answers, sends the change back for approval on the same route",
    ),
  scheduledAt: z.iso.datetime().nullable(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  rollbackNotes: z.string().nullable(),
  reviewNotes: z.string().nullable().describe("Post-implementation review"),
  closingNotes: z.string().nullable(),
  windowProblems: z
    .array(z.string())
    .describe("Why the planned window could not be scheduled as it stands (empty: it could)"),
  conflicts: z.array(changeConflictResponse),
  linkedIncidents: z.array(
    z.object({ key: z.string(), title: z.string(), severity: z.string(), status: z.enum(INCIDENT_STATUSES) }),
  ),
  allowedTransitions: z
    .array(changeStatus)
    .describe("Statuses the caller may move it to now (votes and submit aside)"),
});
export type ChangeResponse = z.infer<typeof changeResponse>;
export const changeListResponse = countedPageResponse(changeSummaryResponse);

export const changeTimelineResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      at: z.iso.datetime(),
      actor: person.nullable(),
      kind: z.string(),
      summary: z.string(),
      data: z.unknown().nullable(),
    }),
  ),
});

export const gateQuery = z.object({
  at: instant.optional().describe("The moment to ask about; default now"),
});
export const gateResponse = z.object({
  key: z.string(),
  at: z.iso.datetime(),
  allowed: z.boolean(),
  reasons: z.array(z.string()),
});

export const freezeResponse = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  environments: z.array(changeEnvironment).describe("Empty: every environment"),
  createdBy: person.nullable(),
  version: z.number().int(),
});
export type FreezeResponse = z.infer<typeof freezeResponse>;
export const createFreezeInput = z
  .object({
    title: z.string().trim().min(3, "At least 3 characters").max(200),
    startsAt: instant,
    endsAt: instant,
    environments: z.array(changeEnvironment).max(3).default([]),
  })
  .refine((v) => new Date(v.endsAt).getTime() > new Date(v.startsAt).getTime(), {
    message: "The freeze must end after it starts",
    path: ["endsAt"],
  });
export type CreateFreezeInput = z.infer<typeof createFreezeInput>;
export const freezeParams = z.object({ id: z.uuid("Not a freeze id") });
export const deleteFreezeQuery = z.object({ version: z.coerce.number().int().positive() });
export const freezeListQuery = z.object({
  from: instant.optional().describe("Default: now"),
  to: instant.optional().describe("Default: a year after from"),
});
export const rangeQuery = z.object({
  from: instant.optional().describe("Default: the start of this UTC week (Monday)"),
  to: instant.optional().describe("Default: seven days after from; at most 62 days after it"),
  environment: csvList(changeEnvironment),
});

export const calendarResponse = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  changes: z.array(changeSummaryResponse.extend({ conflictsWith: z.array(z.string()) })),
  windows: z.array(
    z.object({ environment: changeEnvironment, start: z.iso.datetime(), end: z.iso.datetime() }),
  ),
  freezes: z.array(freezeResponse),
  conflicts: z.array(z.object({ a: z.string(), b: z.string(), services: z.array(z.string()) })),
});

export const changeMetricsQuery = z.object({
  from: instant.optional().describe("Default: 90 days ago"),
  to: instant.optional().describe("Default: now"),
});
export const changeMetricsResponse = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  finished: z.number().int().describe("Changes completed or rolled back in the period"),
  completed: z.number().int(),
  rolledBack: z.number().int(),
  causedIncidents: z.number().int().describe("Finished changes that an incident was linked to"),
  successRate: z.number().nullable().describe("Completed without causing an incident ÷ finished, 0–1"),
  changeCausedIncidents: z
    .number()
    .int()
    .describe("Incidents reported in the period that were caused by a change"),
  byCategory: z.array(
    z.object({ category: changeCategory, finished: z.number().int(), successful: z.number().int() }),
  ),
});
