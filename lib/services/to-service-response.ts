import type { ServiceResponse } from "@/lib/services/schemas";
import { SLA_TARGET_PERCENT, type ServiceTier } from "@/lib/services/service-tier";

type ServiceRow = {
  slug: string;
  name: string;
  description: string;
  owner: string;
  tier: ServiceTier;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toServiceResponse(row: ServiceRow): ServiceResponse {
  return {
    slug: row.slug,
    name: row.name,
    description: row.description,
    owner: row.owner,
    tier: row.tier,
    slaTarget: SLA_TARGET_PERCENT[row.tier],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
