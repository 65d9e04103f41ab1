"use client";
import Link from "next/link";
import { MessageSquareWarning } from "lucide-react";
import { activeClock, rowSlaState, type RowSlaState } from "@/app/(portal)/incidents/_components/queue-sla";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { SlaCountdown } from "@/app/(portal)/incidents/_components/sla-countdown";
import type { TriageKind } from "@/app/(portal)/incidents/_components/use-triage-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/incidents/lifecycle";
import type { IncidentResponse } from "@/lib/incidents/schemas";

const STATUS_TONE = { OPEN: "danger", IN_PROGRESS: "accent", RESOLVED: "success", CLOSED: "neutral" } as const satisfies Record<IncidentStatus, string>;

const ROW_ACCENT: Record<RowSlaState, string> = {
  breached: "border-l-danger bg-danger/5",
  "at-risk": "border-l-warning",
  ok: "border-l-transparent",
};

type Props = {
  incident: IncidentResponse;
  index: number;
  isSelected: boolean;
  now: number;
  meId: string;
  canUpdate: boolean;
  isBusy: boolean;
  onSelect: (index: number) => void;
  onAction: (incident: IncidentResponse, kind: TriageKind) => void;
};

export function IncidentRow({ incident: i, index, isSelected, now, meId, canUpdate, isBusy, onSelect, onAction }: Props) {
  const sla = rowSlaState(i, now);
  const clock = activeClock(i);
  const isMine = i.assignedTo?.id === meId;
  return (
    <tr
      data-testid="incident-row"
      data-key={i.key}
      data-row-index={index}
      data-sla={sla}
      aria-selected={isSelected}
      onMouseEnter={() => onSelect(index)}
      className={cn("border-b border-border last:border-0", isSelected ? "bg-accent/10" : sla === "breached" ? "bg-danger/5" : "hover:bg-surface-2", isBusy && "opacity-60")}
    >
      <td className={cn("border-l-[3px] py-1.5 pr-2 pl-2", ROW_ACCENT[sla])}>
        <SeverityBadge severity={i.severity} />
      </td>
      <td className="px-2 py-1.5 font-mono text-xs whitespace-nowrap">
        <Link href={`/incidents/${i.key}`} className="font-semibold hover:underline">
          {i.key}
        </Link>
      </td>
      <td className="max-w-md px-2 py-1.5">
        <div className="truncate font-medium" title={i.title}>
          {i.title}
        </div>
        {i.affectedServices.length ? <div className="truncate font-mono text-xs text-muted">{i.affectedServices.join(", ")}</div> : null}
      </td>
      <td className="px-2 py-1.5">
        <Badge tone={STATUS_TONE[i.status]}>{STATUS_LABELS[i.status]}</Badge>
      </td>
      <td className="px-2 py-1.5 text-xs whitespace-nowrap">
        {i.assignedTo ? <span className={cn(isMine && "font-semibold")}>{isMine ? "You" : i.assignedTo.name}</span> : <span className="text-warning">Unassigned</span>}
      </td>
      <td className="px-2 py-1.5 whitespace-nowrap">
        <div className="flex flex-wrap items-center gap-1.5">
          <SlaCountdown label={clock.label} startIso={i.createdAt} dueIso={clock.dueIso} stoppedIso={clock.stoppedIso} now={now} />
          {sla === "at-risk" ? <span className="text-xs text-warning">at risk</span> : null}
          {sla === "breached" && clock.stoppedIso === null && Date.parse(clock.dueIso) > now ? <span className="text-xs font-semibold text-danger">response breached</span> : null}
          {i.updateOverdue ? (
            <span className="inline-flex items-center gap-0.5 text-xs font-medium text-warning" title="A stakeholder update is overdue" data-testid="update-overdue">
              <MessageSquareWarning aria-hidden className="size-3.5" /> update overdue
            </span>
          ) : null}
        </div>
      </td>
      {canUpdate ? (
        <td className="px-2 py-1.5 text-right whitespace-nowrap">
          {i.status === "OPEN" ? (
            <Button size="sm" variant="ghost" disabled={isBusy} onClick={() => onAction(i, "ack")} aria-label={`Acknowledge ${i.key}`}>
              Ack
            </Button>
          ) : null}
          {!isMine && i.status !== "CLOSED" ? (
            <Button size="sm" variant="ghost" disabled={isBusy} onClick={() => onAction(i, "take")} aria-label={`Assign ${i.key} to me`}>
              Take
            </Button>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
