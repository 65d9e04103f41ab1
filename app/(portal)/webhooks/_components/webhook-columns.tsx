// The webhook list's columns: on a phone card the state leads, the name and URL take a line each, and
// the last 24 hours follow.
import Link from "next/link";
import { eventsSummary } from "@/app/(portal)/webhooks/_components/delivery-words";
import { DeliveryCounts, SuccessRate } from "@/app/(portal)/webhooks/_components/webhook-health";
import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table";
import type { WebhookResponse } from "@/lib/webhooks/schemas";

export const WEBHOOK_COLUMNS: DataTableColumn<WebhookResponse>[] = [
  {
    id: "name",
    header: "Webhook",
    phone: "main",
    className: "max-w-xs",
    cell: (w) => (
      <Link
        href={`/webhooks/${w.id}`}
        className="font-medium hover:underline max-md:inline-flex max-md:min-h-11 max-md:items-center"
      >
        {w.name}
      </Link>
    ),
  },
  {
    id: "url",
    header: "URL",
    phone: "main",
    className: "font-mono text-xs break-all md:max-w-56",
    cell: (w) => w.url,
  },
  {
    id: "events",
    header: "Events",
    phone: "main",
    className: "text-xs",
    cell: (w) => <span title={w.events.join(", ")}>{eventsSummary(w.events)}</span>,
  },
  {
    id: "state",
    header: "State",
    phone: "lead",
    cell: (w) => (w.isActive ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Paused</Badge>),
  },
  {
    id: "rate",
    header: "Success, 24 h",
    phone: "meta",
    phoneLabel: true,
    cell: (w) => <SuccessRate stats={w.stats} />,
  },
  {
    id: "counts",
    header: "Deliveries, 24 h",
    phone: "meta",
    cell: (w) => <DeliveryCounts stats={w.stats} />,
  },
];
