// Availability SLA per tier (handbook, "System Availability"), measured over a calendar month.
export const SERVICE_TIERS = ["CRITICAL", "STANDARD", "DEVELOPMENT"] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];

export const SLA_TARGET_PERCENT: Record<ServiceTier, number> = {
  CRITICAL: 99.9,
  STANDARD: 99.5,
  DEVELOPMENT: 99.0,
};

export const TIER_LABELS: Record<ServiceTier, string> = {
  CRITICAL: "Critical",
  STANDARD: "Standard",
  DEVELOPMENT: "Development",
};

// Downtime the SLA allows in a month of `days` days, in minutes (30 days at 99.9 % → 43.2 min).
export function allowedDowntimeMinutes(tier: ServiceTier, days = 30): number {
  return Math.round(days * 24 * 60 * (1 - SLA_TARGET_PERCENT[tier] / 100) * 10) / 10;
}
