import { z } from "zod";
import { instant } from "@/lib/api/instant";
import { DR_TEST_TYPES } from "@/lib/continuity/rules";
import { criticality } from "@/lib/vendors/schemas";

const hours = z.number().positive("More than 0 hours").max(10_000);
const person = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(200).default(""),
  backup: z.string().trim().max(200).default(""),
});

// No defaults here: zod 4 applies a default even inside .partial(), so an edit that leaves a field out
// would reset it. Creation adds them.
const functionFields = {
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(20_000),
  criticality,
  rtoHours: hours.describe("Recovery time objective, hours"),
  rpoHours: hours.describe("Recovery point objective, hours"),
  dependsOnServices: z.array(z.string().trim().toLowerCase().min(1).max(63)).max(50),
  dependsOnVendorIds: z.array(z.uuid()).max(50),
  dependsOnFunctionIds: z.array(z.uuid()).max(50),
  alternativeProcesses: z.array(z.string().trim().min(1).max(2000)).max(30),
  keyPersonnel: z.array(person).max(30),
};
export const createFunctionInput = z.object({
  ...functionFields,
  description: functionFields.description.default(""),
  dependsOnServices: functionFields.dependsOnServices.default([]),
  dependsOnVendorIds: functionFields.dependsOnVendorIds.default([]),
  dependsOnFunctionIds: functionFields.dependsOnFunctionIds.default([]),
  alternativeProcesses: functionFields.alternativeProcesses.default([]),
  keyPersonnel: functionFields.keyPersonnel.default([]),
});
export type CreateFunctionInput = z.infer<typeof createFunctionInput>;
export const updateFunctionInput = z
  .object(functionFields)
  .partial()
  .extend({ version: z.number().int().positive() });
export type UpdateFunctionInput = z.infer<typeof updateFunctionInput>;
export const functionParams = z.object({ id: z.uuid("Not a business function id") });

export const drTestType = z.enum(DR_TEST_TYPES);
export const createDrTestInput = z
  .object({
    type: drTestType,
    status: z.enum(["PLANNED", "DONE"]),
    plannedFor: instant.optional().describe("Default: performedAt, or now"),
    performedAt: instant.optional().describe("DONE: when it was run (default now)"),
    measuredRtoHours: z.number().min(0).max(10_000).nullable().default(null),
    measuredRpoHours: z.number().min(0).max(10_000).nullable().default(null),
    findings: z.string().trim().max(20_000).default(""),
    followUps: z.array(z.string().trim().min(1).max(2000)).max(30).default([]),
  })
  .refine((v) => v.status === "PLANNED" || v.type === "PLAN_REVIEW" || v.measuredRtoHours !== null, {
    message: "A test that was run records the recovery time it measured",
    path: ["measuredRtoHours"],
  })
  .refine((v) => v.status === "DONE" || !!v.plannedFor, {
    message: "When is it planned?",
    path: ["plannedFor"],
  });
export type CreateDrTestInput = z.infer<typeof createDrTestInput>;
export const completeDrTestInput = z.object({
  version: z.number().int().positive(),
  performedAt: instant.optional(),
  measuredRtoHours: z.number().min(0).max(10_000).nullable().default(null),
  measuredRpoHours: z.number().min(0).max(10_000).nullable().default(null),
  findings: z.string().trim().max(20_000).default(""),
  followUps: z.array(z.string().trim().min(1).max(2000)).max(30).default([]),
});
export type CompleteDrTestInput = z.infer<typeof completeDrTestInput>;
export const drTestParams = z.object({ id: z.uuid("Not a DR test id") });

export const drTestResponse = z.object({
  id: z.string(),
  functionId: z.string(),
  functionName: z.string(),
  type: drTestType,
  status: z.enum(["PLANNED", "DONE"]),
  plannedFor: z.iso.datetime(),
  performedAt: z.iso.datetime().nullable(),
  measuredRtoHours: z.number().nullable(),
  measuredRpoHours: z.number().nullable(),
  targetRtoHours: z.number(),
  targetRpoHours: z.number(),
  rtoMet: z.boolean().nullable(),
  rpoMet: z.boolean().nullable(),
  findings: z.string(),
  followUps: z.array(z.string()),
  version: z.number().int(),
});
export type DrTestResponse = z.infer<typeof drTestResponse>;

const dependency = z.object({
  kind: z.enum(["SERVICE", "VENDOR", "FUNCTION"]),
  id: z.string(),
  name: z.string(),
  recoveryHours: z.number().nullable(),
});
export const functionResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  criticality,
  rtoHours: z.number(),
  rpoHours: z.number(),
  dependencies: z.array(dependency),
  slowDependencies: z
    .array(dependency.extend({ byHours: z.number() }))
    .describe("Dependencies that take longer to recover than this function's RTO"),
  unknownRecovery: z.array(dependency),
  alternativeProcesses: z.array(z.string()),
  keyPersonnel: z.array(z.object({ name: z.string(), role: z.string(), backup: z.string() })),
  drSchedule: z.array(
    z.object({
      type: drTestType,
      lastDone: z.iso.datetime().nullable(),
      dueAt: z.iso.datetime(),
      overdue: z.boolean(),
      planned: z.iso.datetime().nullable(),
    }),
  ),
  recentTests: z.array(drTestResponse),
  flags: z.array(z.string()),
  version: z.number().int(),
});
export type FunctionResponse = z.infer<typeof functionResponse>;
