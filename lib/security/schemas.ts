import { z } from "zod";
import { instant } from "@/lib/api/instant";
import { countedPageResponse } from "@/lib/api/counted-page";
import { listLimit } from "@/lib/api/pagination";
import { INCIDENT_STATUSES } from "@/lib/incidents/lifecycle";

export const SECURITY_EVENT_TYPES = ["LOGIN_ATTEMPT", "DATA_ACCESS", "SYSTEM_CHANGE", "ANOMALY"] as const;
export const SECURITY_SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export const securityEventType = z.enum(SECURITY_EVENT_TYPES);
export const securitySeverity = z.enum(SECURITY_SEVERITIES);

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
const flag = z.enum(["true", "false"]).optional();

export const securityEventListQuery = z.object({
  type: csvList(securityEventType),
  severity: csvList(securitySeverity),
  investigated: flag,
  resolved: flag,
  rule: z.string().trim().max(100).optional(),
  q: z.string().trim().max(200).optional().describe("Search in summary, source, user and details"),
  from: instant.optional(),
  to: instant.optional(),
  limit: listLimit,
  cursor: z.string().max(300).optional(),
});
export type SecurityEventListQuery = z.infer<typeof securityEventListQuery>;

export const recordSecurityEventInput = z.object({
  type: securityEventType,
  severity: securitySeverity,
  source: z.string().trim().min(1, "Name the system that saw it").max(200),
  summary: z.string().trim().min(1, "Say what happened").max(500),
  user: z.string().trim().max(320).optional().describe("The account involved (email), if any"),
  details: z
    .record(z.string(), z.unknown())
    .default({})
    .refine((d) => JSON.stringify(d).length <= 20_000, "At most 20,000 characters of details"),
  at: instant.optional().describe("When it happened; default now"),
});
export type RecordSecurityEventInput = z.infer<typeof recordSecurityEventInput>;

export const updateSecurityEventInput = z.object({
  version: z.number().int().positive(),
  investigated: z.boolean().optional(),
  resolved: z.boolean().optional(),
  notes: z.string().trim().max(20_000).nullable().optional(),
});
export type UpdateSecurityEventInput = z.infer<typeof updateSecurityEventInput>;
export const escalateSecurityEventInput = z.object({ version: z.number().int().positive() });

export const securityEventParams = z.object({ id: z.uuid("Not a security event id") });

export const securityEventResponse = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  type: securityEventType,
  severity: securitySeverity,
  source: z.string(),
  user: z.string().nullable(),
  summary: z.string(),
  details: z.record(z.string(), z.unknown()),
  rule: z.string().nullable().describe("The detection rule that raised it (ANOMALY)"),
  investigated: z.boolean(),
  resolved: z.boolean(),
  notes: z.string().nullable(),
  incident: z.object({ key: z.string(), title: z.string(), status: z.enum(INCIDENT_STATUSES) }).nullable(),
  version: z.number().int(),
});
export type SecurityEventResponse = z.infer<typeof securityEventResponse>;
export const securityEventListResponse = countedPageResponse(securityEventResponse);
