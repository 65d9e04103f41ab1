import { Badge } from "@/components/ui/badge";
import { SLA_TARGET_PERCENT, TIER_LABELS, type ServiceTier } from "@/lib/services/service-tier";

const TONE = { CRITICAL: "danger", STANDARD: "accent", DEVELOPMENT: "neutral" } as const;

export function TierBadge({ tier }: { tier: ServiceTier }) {
  return (
    <Badge tone={TONE[tier]}>
      {TIER_LABELS[tier]} · {SLA_TARGET_PERCENT[tier]}%
    </Badge>
  );
}
