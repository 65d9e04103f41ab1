import { z } from "zod";

export const availabilityQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2026-11")
    .refine(
      (m) => Number(m.slice(0, 4)) >= 1970 && Number(m.slice(0, 4)) <= 9999,
      "Use a month between 1970 and 9999",
    )
    .optional()
    .describe("Default: the current month (UTC)"),
});

const tier = z.enum(["CRITICAL", "STANDARD", "DEVELOPMENT"]);
export const availabilityResponse = z.object({
  month: z.string(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  tiers: z.array(
    z.object({
      tier,
      target: z.number(),
      services: z.number().int(),
      meeting: z.number().int(),
      averageAvailability: z.number().nullable(),
      worst: z.object({ slug: z.string(), availability: z.number().nullable() }).nullable(),
      budgetMinutes: z.number(),
      budgetLeftMinutes: z.number(),
    }),
  ),
  services: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      tier,
      incidents: z.array(z.string()),
      maintenance: z.array(z.string()).describe("Changes whose windows count as declared maintenance"),
      target: z.number(),
      monthMinutes: z.number(),
      elapsedMinutes: z.number(),
      maintenanceMinutes: z.number(),
      measuredMinutes: z.number(),
      outageMinutes: z.number(),
      degradedMinutes: z.number(),
      downMinutes: z.number(),
      availability: z.number().nullable(),
      met: z.boolean().nullable(),
      budgetMinutes: z.number(),
      budgetUsedMinutes: z.number(),
      budgetLeftMinutes: z.number(),
      budgetLeftShare: z.number(),
      burnRate: z.number().nullable(),
      arithmetic: z.array(z.string()),
    }),
  ),
});
