import { z } from "zod";
import { instant } from "@/lib/api/instant";
import { countedPageResponse } from "@/lib/api/counted-page";
import { listLimit } from "@/lib/api/pagination";
import { ACCESS_STATUSES, ACCESS_TYPES, MAX_DURATION_DAYS } from "@/lib/access/rules";

export const accessType = z.enum(ACCESS_TYPES);
export const accessStatus = z.enum(ACCESS_STATUSES);

export const createAccessRequestInput = z.object({
  requestedFor: z
    .uuid("Not a user id")
    .optional()
    .describe("The user who needs the access; default: the requester"),
  accessType,
  resources: z
    .array(z.string().trim().min(1).max(200))
    .min(1, "Name at least one resource")
    .max(50, "At most 50 resources"),
  justification: z.string().trim().min(10, "Explain why, in at least 10 characters").max(5000),
  durationDays: z
    .number()
    .int()
    .min(1, "At least 1 day")
    .max(MAX_DURATION_DAYS, `At most ${MAX_DURATION_DAYS} days`),
});
export type CreateAccessRequestInput = z.infer<typeof createAccessRequestInput>;

export const accessDecisionInput = z.object({
  decision: z.enum(["APPROVE", "DENY"]),
  comment: z.string().trim().max(5000).default(""),
  expiresAt: instant.optional().describe("Approving: an earlier expiry than requested"),
});
export type AccessDecisionInput = z.infer<typeof accessDecisionInput>;

export const versionInput = z.object({ version: z.number().int().positive() });
export const revokeAccessInput = z.object({
  version: z.number().int().positive(),
  reason: z.string().trim().min(3, "Give the reason").max(5000),
});
export const accessRequestParams = z.object({ id: z.uuid("Not an access request id") });

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
      z.array(item).max(6),
    )
    .optional();

export const accessRequestListQuery = z.object({
  status: csvList(accessStatus),
  accessType: csvList(accessType),
  mine: z.enum(["true", "false"]).optional().describe("Only requests I made or that are for me"),
  expiringWithinDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(90)
    .optional()
    .describe("Approved grants expiring within this many days, soonest first"),
  inForce: z
    .enum(["true"])
    .optional()
    .describe("Approved grants in force now: no expiry, or one still ahead"),
  q: z.string().trim().max(200).optional(),
  limit: listLimit,
  cursor: z.string().max(300).optional(),
});
export type AccessRequestListQuery = z.infer<typeof accessRequestListQuery>;

const person = z.object({ id: z.string(), name: z.string() });
export const accessRequestResponse = z.object({
  id: z.string(),
  requestedBy: person,
  requestedFor: person,
  accessType,
  resources: z.array(z.string()),
  justification: z.string(),
  durationDays: z.number().int(),
  status: accessStatus,
  approvals: z.array(
    z.object({
      approver: person,
      decision: z.enum(["APPROVE", "DENY"]),
      comment: z.string(),
      expiresAt: z.iso.datetime().nullable(),
      at: z.iso.datetime(),
    }),
  ),
  approvalsNeeded: z.number().int(),
  expiresAt: z.iso.datetime().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable().describe("When it expired, was revoked or cancelled"),
  endReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type AccessRequestResponse = z.infer<typeof accessRequestResponse>;
export const accessRequestListResponse = countedPageResponse(accessRequestResponse);
