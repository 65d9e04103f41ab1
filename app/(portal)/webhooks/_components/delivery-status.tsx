// A delivery's status as a badge; an e-mail kept in the outbox (no SMTP server) says so instead.
import {
  DELIVERY_STATUS_LABELS,
  DELIVERY_STATUS_TONES,
  isKeptInOutbox,
} from "@/app/(portal)/webhooks/_components/delivery-words";
import { Badge } from "@/components/ui/badge";
import type { DeliveryResponse } from "@/lib/webhooks/schemas";

export function DeliveryStatusBadge({ delivery }: { delivery: DeliveryResponse }) {
  const inOutbox = delivery.status === "DELIVERED" && isKeptInOutbox(delivery);
  return (
    <span data-testid="delivery-status" data-status={delivery.status}>
      {inOutbox ? (
        <Badge tone="accent">In the outbox</Badge>
      ) : (
        <Badge tone={DELIVERY_STATUS_TONES[delivery.status]}>{DELIVERY_STATUS_LABELS[delivery.status]}</Badge>
      )}
    </span>
  );
}
