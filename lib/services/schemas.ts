// One set of schemas for the service forms and the API.
import { z } from "zod";
import { listLimit, pageResponse } from "@/lib/api/pagination";
import { SERVICE_TIERS } from "@/lib/services/service-tier";

export const serviceSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "At least 2 characters")
  .max(63, "At most 63 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and single hyphens, e.g. case-api");

export const serviceTier = z.enum(SERVICE_TIERS);

const name = z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters");
const owner = z.string().trim().min(2, "Name the owning team or person").max(120, "At most 120 characters");
const description = z.string().trim().max(2000, "At most 2000 characters");

export const createServiceInput = z.object({
  slug: serviceSlug,
  name,
  owner,
  tier: serviceTier,
  description: description.default(""),
});
export type CreateServiceInput = z.infer<typeof createServiceInput>;

export const updateServiceInput = z
  .object({ version: z.number().int().positive(), name, owner, tier: serviceTier, description })
  .partial()
  .required({ version: true });
export type UpdateServiceInput = z.infer<typeof updateServiceInput>;

export const serviceParams = z.object({ slug: z.string().min(1).max(63) });

export const serviceListQuery = z.object({
  q: z.string().trim().max(200).optional().describe("Matches slug, name or owner"),
  tier: serviceTier.optional(),
  limit: listLimit,
  cursor: z.string().max(200).optional(),
});
export type ServiceListQuery = z.infer<typeof serviceListQuery>;

export const serviceResponse = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  owner: z.string(),
  tier: serviceTier,
  slaTarget: z.number().describe("Monthly availability target, percent"),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ServiceResponse = z.infer<typeof serviceResponse>;
export const serviceListResponse = pageResponse(serviceResponse);
