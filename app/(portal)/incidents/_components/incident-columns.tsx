"use client";
// The triage queue's columns for the kit's DataTable. On a phone each card reads: severity and key, then
// the SLA countdown; the title; status and assignee with the acknowledge / take buttons.
import { BellRing, MessageSquareWarning } from "lucide-react";
import { queueSourceText } from "@/app/(portal)/incidents/_components/alert-display";
import { activeClock, rowSlaState, type RowSlaState } from "@/app/(portal)/incidents/_components/queue-sla";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { SlaCountdown } from "@/app/(portal)/incidents/_components/sla-countdown";
import type { TriageKind } from "@/app/(portal)/incidents/_components/use-triage-action";
import { Badge } from "@/components/ui/badge";
import { actionsColumn, keyColumn, RowButton, TitleWithServices } from "@/components/ui/table-columns";
import { cn } from "@/components/ui/cn";
import type { DataTableColumn } from "@/components/ui/data-table";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/incidents/lifecycle";
import type { IncidentResponse } from "@/lib/incidents/schemas";

const STATUS_TONE = {
  OPEN: "danger",
  IN_PROGRESS: "accent",
  RESOLVED: "success",
  CLOSED: "neutral",
} as const satisfies Record<IncidentStatus, string>;

// The accent sits on the first cell in the table and on the card's own left edge on a phone.
const SLA_ACCENT: Record<RowSlaState, string> = {
  breached: "border-l-danger",
  "at-risk": "border-l-warning",
  ok: "border-l-transparent",
};

// Phone touch targets are at least 44 px; the table keeps its compact buttons.
const TAP = "max-md:h-11 max-md:min-w-11 max-md:border max-md:border-border max-md:px-3 max-md:text-sm";

type Options = {
  now: number;
  meId: string;
  canUpdate: boolean;
  busyKey: string | undefined;
  onAction: (incident: IncidentResponse, kind: TriageKind) => void;
};

/** Row styling by SLA state: a coloured left edge, and a tinted background once breached. */
export function incidentRowClassName(
  incident: IncidentResponse,
  now: number,
  isSelected: boolean,
  isBusy: boolean,
) {
  const sla = rowSlaState(incident, now);
  return cn(
    "max-md:border-l-[3px]",
    SLA_ACCENT[sla],
    !isSelected && sla === "breached" && "bg-danger/5",
    isBusy && "opacity-60",
  );
}

export function incidentColumns({
  now,
  meId,
  canUpdate,
  busyKey,
  onAction,
}: Options): DataTableColumn<IncidentResponse>[] {
  const columns: DataTableColumn<IncidentResponse>[] = [
    {
      id: "severity",
      header: "Sev",
      phone: "lead",
      className: (i) => cn("border-l-[3px] first:pl-2 max-md:border-l-0", SLA_ACCENT[rowSlaState(i, now)]),
      cell: (i) => <SeverityBadge severity={i.severity} />,
    },
    keyColumn(
      (i) => i.key,
      (i) => `/incidents/${i.key}`,
    ),
    {
      id: "title",
      header: "Title · services",
      phone: "main",
      className: "md:max-w-md",
      cell: (i) => (
        <>
          <TitleWithServices title={i.title} services={i.affectedServices} />
          {i.source === "ALERT" ? (
            // No `title` attribute here: the cell's only [title] is the incident's title.
            <div
              className="inline-flex items-center gap-1 text-xs text-accent"
              data-testid="incident-source"
              data-source="ALERT"
            >
              <BellRing aria-hidden className="size-3.5" /> {queueSourceText(i.alertCount, i.fireCount)}
              {i.integration ? <span className="sr-only"> from {i.integration.name}</span> : null}
            </div>
          ) : null}
        </>
      ),
    },
    {
      id: "status",
      header: "Status",
      phone: "meta",
      cell: (i) => <Badge tone={STATUS_TONE[i.status]}>{STATUS_LABELS[i.status]}</Badge>,
    },
    {
      id: "assignee",
      header: "Assignee",
      phone: "meta",
      className: "text-xs whitespace-nowrap",
      cell: (i) => {
        const isMine = i.assignedTo?.id === meId;
        return i.assignedTo ? (
          <span className={cn(isMine && "font-semibold")}>{isMine ? "You" : i.assignedTo.name}</span>
        ) : (
          <span className="text-warning">Unassigned</span>
        );
      },
    },
    {
      id: "sla",
      header: "SLA",
      phone: "trail",
      className: "whitespace-nowrap",
      cell: (i) => {
        const sla = rowSlaState(i, now);
        const clock = activeClock(i);
        return (
          <div className="flex flex-wrap items-center gap-1.5 max-md:justify-end">
            <SlaCountdown
              label={clock.label}
              startIso={i.createdAt}
              dueIso={clock.dueIso}
              stoppedIso={clock.stoppedIso}
              now={now}
            />
            {sla === "at-risk" ? <span className="text-xs text-warning"> at risk</span> : null}
            {sla === "breached" && clock.stoppedIso === null && Date.parse(clock.dueIso) > now ? (
              <span className="text-xs font-semibold text-danger"> response breached</span>
            ) : null}
            {i.updateOverdue ? (
              <span
                className="inline-flex items-center gap-0.5 text-xs font-medium text-warning"
                title="A stakeholder update is overdue"
                data-testid="update-overdue"
              >
                <MessageSquareWarning aria-hidden className="size-3.5" /> update overdue
              </span>
            ) : null}
          </div>
        );
      },
    },
  ];
  if (!canUpdate) return columns;
  // The names start with the visible word (WCAG 2.5.3, label in name) and say it in full.
  const action = (i: IncidentResponse, kind: TriageKind, label: string, name: string) => (
    <RowButton
      className={TAP}
      disabled={busyKey === i.key}
      onClick={() => onAction(i, kind)}
      aria-label={name}
    >
      {label}
    </RowButton>
  );
  return [
    ...columns,
    actionsColumn(
      (i) => (
        <>
          {i.status === "OPEN" ? action(i, "ack", "Ack", `Ack: acknowledge ${i.key}`) : null}
          {i.assignedTo?.id !== meId && i.status !== "CLOSED"
            ? action(i, "take", "Take", `Take: assign ${i.key} to me`)
            : null}
        </>
      ),
      { className: "max-md:flex max-md:gap-2" },
    ),
  ];
}
