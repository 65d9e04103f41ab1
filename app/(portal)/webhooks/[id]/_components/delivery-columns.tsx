"use client";
// A team webhook's delivery log, one row per message: when, the event (and its incident), the status,
// attempts, the last answer, how long it took, the error, the next retry; the row opens its attempts.
import Link from "next/link";
import { ChevronDown, ChevronRight, Send } from "lucide-react";
import { DeliveryStatusBadge } from "@/app/(portal)/webhooks/_components/delivery-status";
import { sendDuration } from "@/app/(portal)/webhooks/_components/delivery-words";
import { Button } from "@/components/ui/button";
import type { DataTableColumn } from "@/components/ui/data-table";
import { Spinner } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import type { DeliveryResponse } from "@/lib/webhooks/schemas";

type Options = {
  /** The delivery whose attempts are open (a click on its row, or j/k and Enter, toggles it). */
  open: string | null;
  /** Managers: resend one delivery; absent for readers. */
  onResend?: (d: DeliveryResponse) => void;
  resending: string | null;
};

export function deliveryColumns({ open, onResend, resending }: Options): DataTableColumn<DeliveryResponse>[] {
  const columns: DataTableColumn<DeliveryResponse>[] = [
    {
      id: "open",
      header: "Attempts list",
      isHeaderHidden: true,
      phone: "lead",
      className: "w-6 align-top",
      cell: (d) => (
        <button
          type="button"
          aria-expanded={open === d.id}
          aria-label={`Attempts of ${d.id}`}
          className="rounded p-1 text-muted hover:text-fg max-md:p-3"
        >
          {open === d.id ? <ChevronDown className="size-4" /> : <ChevronRight className="size-4" />}
        </button>
      ),
    },
    {
      id: "time",
      header: "Time",
      phone: "lead",
      className: "whitespace-nowrap align-top text-xs",
      cell: (d) => <Instant at={d.createdAt} seconds />,
    },
    {
      id: "event",
      header: "Event",
      phone: "main",
      className: "align-top text-xs",
      cell: (d) => (
        <span className="flex flex-wrap items-center gap-x-2">
          <span className="font-mono">{d.event}</span>
          {d.incidentKey ? (
            <Link href={`/incidents/${d.incidentKey}`} className="font-mono font-semibold hover:underline">
              {d.incidentKey}
            </Link>
          ) : null}
        </span>
      ),
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
      cell: (d) => <span data-testid="delivery-attempts">{d.attempts}</span>,
    },
    {
      id: "code",
      header: "Last code",
      phone: "meta",
      phoneLabel: true,
      className: "align-top tabular-nums",
      cell: (d) => <span data-testid="delivery-code">{d.lastStatusCode ?? "—"}</span>,
    },
    {
      id: "duration",
      header: "Duration",
      phone: "meta",
      phoneLabel: true,
      className: "align-top whitespace-nowrap tabular-nums",
      cell: (d) => sendDuration(d.lastDurationMs),
    },
    {
      id: "error",
      header: "Error",
      phone: "main",
      className: "align-top text-xs break-words text-danger md:max-w-xs",
      cell: (d) => (d.lastError ? d.lastError : <span className="text-muted">—</span>),
    },
    {
      id: "next",
      header: "Next retry",
      phone: "meta",
      phoneLabel: true,
      className: "align-top text-xs whitespace-nowrap",
      cell: (d) =>
        d.nextAttemptAt ? <Instant at={d.nextAttemptAt} seconds /> : <span className="text-muted">—</span>,
    },
  ];
  if (onResend)
    columns.push({
      id: "resend",
      header: "Resend",
      isHeaderHidden: true,
      phone: "actions",
      className: "align-top",
      cell: (d) => (
        <Button
          size="sm"
          disabled={resending !== null}
          onClick={(e) => {
            // The row's own click opens its attempts; this one only resends.
            e.stopPropagation();
            onResend(d);
          }}
          aria-label={`Resend ${d.id}`}
          className="max-md:h-11"
        >
          {resending === d.id ? <Spinner label="Resending" /> : <Send aria-hidden className="size-3" />}{" "}
          Resend
        </Button>
      ),
    });
  return columns;
}
