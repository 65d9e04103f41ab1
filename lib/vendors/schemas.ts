import { z } from "zod";
import { calendarDate } from "@/lib/api/instant";
import { CRITICALITIES, SCORE_NAMES } from "@/lib/vendors/assessment-formula";

export const criticality = z.enum(CRITICALITIES);
export const recommendedAction = z.enum(["CONTINUE", "REVIEW", "REPLACE"]);
const certification = z.object({
  name: z.string().trim().min(1).max(100),
  expiresAt: calendarDate().nullable().default(null),
});

// No defaults here: zod 4 applies a default even inside .partial(), so an edit that leaves a field out
// would reset it. Creation adds them.
const vendorFields = {
  name: z.string().trim().min(2, "At least 2 characters").max(200),
  serviceType: z.string().trim().min(2, "Say what they provide").max(200),
  criticality,
  owner: z.string().trim().min(2, "Who owns the relationship").max(200),
  services: z.array(z.string().trim().toLowerCase().min(1).max(63)).max(50),
  contractStart: calendarDate().nullable(),
  contractEnd: calendarDate().nullable(),
  renewalDate: calendarDate().nullable(),
  noticePeriodDays: z.number().int().min(0).max(730),
  recoveryTimeHours: z
    .number()
    .positive()
    .max(10_000)
    .nullable()
    .describe("The vendor's contractual recovery time"),
  certifications: z.array(certification).max(30),
  notes: z.string().trim().max(20_000),
};
// Calendar dates compare as strings.
export const contractEndsAfterStart = (v: { contractStart?: string | null; contractEnd?: string | null }) =>
  !v.contractStart || !v.contractEnd || v.contractEnd >= v.contractStart;
const contractEndIssue = { message: "The contract cannot end before it starts", path: ["contractEnd"] };

export const createVendorInput = z
  .object({
    ...vendorFields,
    services: vendorFields.services.default([]),
    contractStart: vendorFields.contractStart.default(null),
    contractEnd: vendorFields.contractEnd.default(null),
    renewalDate: vendorFields.renewalDate.default(null),
    noticePeriodDays: vendorFields.noticePeriodDays.default(90),
    recoveryTimeHours: vendorFields.recoveryTimeHours.default(null),
    certifications: vendorFields.certifications.default([]),
    notes: vendorFields.notes.default(""),
  })
  .refine(contractEndsAfterStart, contractEndIssue);
export type CreateVendorInput = z.infer<typeof createVendorInput>;
export const updateVendorInput = z
  .object(vendorFields)
  .partial()
  .extend({ version: z.number().int().positive() })
  .refine(contractEndsAfterStart, contractEndIssue);
export type UpdateVendorInput = z.infer<typeof updateVendorInput>;
export const vendorParams = z.object({ id: z.uuid("Not a vendor id") });

const score = z.number().int("Whole numbers 1–5").min(1, "1 to 5").max(5, "1 to 5");
export const createAssessmentInput = z.object({
  ...(Object.fromEntries(SCORE_NAMES.map((n) => [n, score])) as Record<
    (typeof SCORE_NAMES)[number],
    typeof score
  >),
  certifications: z
    .array(z.string().trim().min(1).max(100))
    .max(30)
    .default([])
    .describe("Current security certifications (e.g. ISO 27001, SOC 2)"),
  notes: z.string().trim().max(20_000).default(""),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentInput>;

export const assessmentResponse = z.object({
  id: z.string(),
  vendorId: z.string(),
  assessedAt: z.iso.datetime(),
  assessedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  scores: z.record(z.string(), z.number()),
  certifications: z.array(z.string()),
  overallScore: z.number(),
  recommendedAction,
  formulaVersion: z.string(),
  explanation: z.object({
    groups: z.array(
      z.object({ group: z.string(), average: z.number(), weight: z.number(), contribution: z.number() }),
    ),
    floors: z.array(z.string()),
    steps: z.array(z.object({ label: z.string(), detail: z.string() })),
  }),
  notes: z.string(),
});
export type AssessmentResponse = z.infer<typeof assessmentResponse>;

export const vendorResponse = z.object({
  id: z.string(),
  name: z.string(),
  serviceType: z.string(),
  criticality,
  owner: z.string(),
  services: z.array(z.string()),
  contractStart: z.iso.date().nullable(),
  contractEnd: z.iso.date().nullable(),
  renewalDate: z.iso.date().nullable(),
  noticePeriodDays: z.number().int(),
  recoveryTimeHours: z.number().nullable(),
  certifications: z.array(
    z.object({
      name: z.string(),
      expiresAt: z.iso.date().nullable(),
      status: z.enum(["VALID", "EXPIRING", "EXPIRED"]),
    }),
  ),
  notes: z.string(),
  latestAssessment: assessmentResponse.nullable(),
  lastAssessedAt: z.iso.datetime().nullable(),
  nextReviewDue: z.iso.datetime(),
  reviewOverdue: z.boolean(),
  noticeDeadline: z.iso.date().nullable().describe("Last day to give notice before renewal (or the end)"),
  inNoticePeriod: z.boolean(),
  attention: z
    .array(z.string())
    .describe("What needs doing: overdue review, notice period, expiring certifications, REPLACE/REVIEW"),
  version: z.number().int(),
});
export type VendorResponse = z.infer<typeof vendorResponse>;
export const vendorListQuery = z.object({
  criticality: criticality.optional(),
  action: z
    .enum([...recommendedAction.options, "UNASSESSED"])
    .optional()
    .describe("The latest assessment's recommendation; UNASSESSED: never assessed"),
  attention: z.enum(["true", "false"]).optional().describe("Only vendors that need something done"),
  reviewOverdue: z.enum(["true"]).optional().describe("Only vendors whose periodic review is overdue"),
  q: z.string().trim().max(200).optional(),
});
