"use client";
// The open incidents by SLA urgency, compact: the triage queue's countdown, badge and SLA judgement,
// laid out so the countdown stays on screen on a phone (the queue's own table scrolls sideways there).
// Read-only: triage happens on the queue.
import Link from "next/link";
import { MessageSquareWarning } from "lucide-react";
import { activeClock, rowSlaState, type RowSlaState } from "@/app/(portal)/incidents/_components/queue-sla";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { SlaCountdown } from "@/app/(portal)/incidents/_components/sla-countdown";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/incidents/lifecycle";
import type { IncidentResponse } from "@/lib/incidents/schemas";

const STATUS_TONE = {
  OPEN: "danger",
  IN_PROGRESS: "accent",
  RESOLVED: "success",
  CLOSED: "neutral",
} as const satisfies Record<IncidentStatus, string>;

const ACCENT: Record<RowSlaState, string> = {
  breached: "border-l-danger bg-danger/5",
  "at-risk": "border-l-warning",
  ok: "border-l-transparent",
};

export function UrgentQueue({ items, now, meId }: { items: IncidentResponse[]; now: number; meId: string }) {
  return (
    <ul
      aria-label="Open incidents by SLA urgency"
      className="divide-y divide-border overflow-hidden rounded-md border border-border"
    >
      {items.map((i) => {
        const sla = rowSlaState(i, now);
        const clock = activeClock(i);
        const isMine = i.assignedTo?.id === meId;
        return (
          <li
            key={i.key}
            data-testid="incident-row"
            data-key={i.key}
            data-sla={sla}
            className={cn(
              "flex flex-wrap items-center gap-x-2 gap-y-0.5 border-l-[3px] py-1.5 pr-2 pl-2 text-sm hover:bg-surface-2",
              ACCENT[sla],
            )}
          >
            <SeverityBadge severity={i.severity} />
            <Link
              href={`/incidents/${i.key}`}
              className="font-mono text-xs font-semibold whitespace-nowrap hover:underline"
            >
              {i.key}
            </Link>
            <Link
              href={`/incidents/${i.key}`}
              className="order-last min-w-0 basis-full truncate hover:underline md:order-none md:basis-0 md:flex-1"
              title={i.title}
            >
              <span className="font-medium">{i.title}</span>
              {i.affectedServices.length ? (
                <span className="ml-2 font-mono text-xs text-muted">{i.affectedServices.join(", ")}</span>
              ) : null}
            </Link>
            <Badge tone={STATUS_TONE[i.status]} className="hidden sm:inline-flex">
              {STATUS_LABELS[i.status]}
            </Badge>
            <span className="hidden w-28 truncate text-xs lg:inline">
              {i.assignedTo ? (
                <span className={cn(isMine && "font-semibold")}>{isMine ? "You" : i.assignedTo.name}</span>
              ) : (
                <span className="text-warning">Unassigned</span>
              )}
            </span>
            <span className="ml-auto flex items-center justify-end gap-1.5 whitespace-nowrap md:ml-0 md:w-52">
              {i.updateOverdue ? (
                <MessageSquareWarning
                  role="img"
                  aria-label="Stakeholder update overdue"
                  className="size-3.5 text-warning"
                  data-testid="update-overdue"
                />
              ) : null}
              {sla === "at-risk" ? <span className="text-xs text-warning">at risk</span> : null}
              <SlaCountdown
                label={clock.label}
                startIso={i.createdAt}
                dueIso={clock.dueIso}
                stoppedIso={clock.stoppedIso}
                now={now}
              />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
