// A webhook's last 24 hours: the success rate, flagged red when a delivery failed or some wait to be
// sent or retried, and the delivered / failed / pending counts.
import { Flag } from "lucide-react";
import { rateText, webhookTrouble } from "@/app/(portal)/webhooks/_components/delivery-words";
import { Badge } from "@/components/ui/badge";
import type { WebhookResponse } from "@/lib/webhooks/schemas";

type Stats = WebhookResponse["stats"];

export function SuccessRate({ stats }: { stats: Stats }) {
  const trouble = webhookTrouble(stats);
  const rate =
    stats.successRate24h === null ? (
      <span className="text-muted">No deliveries</span>
    ) : (
      <span className="tabular-nums">{rateText(stats.successRate24h)}</span>
    );
  if (!trouble) return <span data-testid="success-rate">{rate}</span>;
  return (
    <span data-testid="success-rate" className="inline-flex flex-wrap items-center gap-1.5">
      {rate}
      <Badge tone="danger" className="whitespace-normal">
        <Flag aria-hidden className="mr-1 size-3 shrink-0" />
        <span data-testid="webhook-trouble">{trouble}</span>
      </Badge>
    </span>
  );
}

export function DeliveryCounts({ stats }: { stats: Stats }) {
  return (
    <span className="text-xs whitespace-nowrap tabular-nums" data-testid="delivery-counts">
      {stats.delivered24h} delivered · {stats.failed24h} failed · {stats.pending} pending
    </span>
  );
}
