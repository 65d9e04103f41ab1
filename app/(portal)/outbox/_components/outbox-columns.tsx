"use client";
// The notification log's rows: when, the channel, the event (and its incident), to whom, the status,
// attempts and the last error; a failed one can be resent from here.
import Link from "next/link";
import { Send } from "lucide-react";
import { DeliveryStatusBadge } from "@/app/(portal)/webhooks/_components/delivery-status";
import { CHANNEL_LABELS } from "@/app/(portal)/webhooks/_components/delivery-words";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DataTableColumn } from "@/components/ui/data-table";
import { Spinner } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import type { NotificationItem } from "@/lib/client/notification-log";

type Options = {
  onOpen: (d: NotificationItem) => void;
  onResend: (d: NotificationItem) => void;
  resending: string | null;
};

export function outboxColumns({ onOpen, onResend, resending }: Options): DataTableColumn<NotificationItem>[] {
  return [
    {
      id: "time",
      header: "Sent",
      phone: "lead",
      className: "whitespace-nowrap align-top text-xs",
      cell: (d) => <Instant at={d.createdAt} seconds />,
    },
    {
      id: "channel",
      header: "Channel",
      phone: "lead",
      className: "align-top",
      cell: (d) => <Badge tone="neutral">{CHANNEL_LABELS[d.channel]}</Badge>,
    },
    {
      id: "what",
      header: "Message",
      phone: "main",
      className: "align-top text-xs md:max-w-sm",
      cell: (d) => (
        <span className="flex flex-wrap items-center gap-x-2">
          <button
            type="button"
            onClick={(e) => {
              e.stopPropagation();
              onOpen(d);
            }}
            className="text-left font-mono font-medium break-all text-accent hover:underline max-md:min-h-11"
            aria-label={`Read ${d.event} to ${d.target || "the receiver"}, sent ${d.createdAt}`}
          >
            {d.event}
          </button>
          {d.incidentKey ? (
            <Link href={`/incidents/${d.incidentKey}`} className="font-mono font-semibold hover:underline">
              {d.incidentKey}
            </Link>
          ) : null}
        </span>
      ),
    },
    {
      id: "to",
      header: "To",
      phone: "main",
      className: "align-top font-mono text-xs break-all md:max-w-56",
      cell: (d) => d.target || <span className="text-muted">—</span>,
    },
    {
      id: "status",
      header: "Status",
      phone: "trail",
      className: "align-top",
      cell: (d) => <DeliveryStatusBadge delivery={d} />,
    },
    {
      id: "attempts",
      header: "Attempts",
      phone: "meta",
      phoneLabel: true,
      className: "align-top tabular-nums",
      cell: (d) => d.attempts,
    },
    {
      id: "error",
      header: "Error",
      phone: "main",
      className: "align-top text-xs break-words text-danger md:max-w-xs",
      cell: (d) => (d.lastError ? d.lastError : <span className="text-muted">—</span>),
    },
    {
      id: "resend",
      header: "Resend",
      isHeaderHidden: true,
      phone: "actions",
      className: "align-top",
      cell: (d) =>
        d.status === "FAILED" ? (
          <Button
            size="sm"
            disabled={resending !== null}
            onClick={(e) => {
              e.stopPropagation();
              onResend(d);
            }}
            aria-label={`Resend ${d.event} to ${d.target || "the receiver"}`}
            className="max-md:h-11"
          >
            {resending === d.id ? <Spinner label="Resending" /> : <Send aria-hidden className="size-3" />}{" "}
            Resend
          </Button>
        ) : null,
    },
  ];
}
