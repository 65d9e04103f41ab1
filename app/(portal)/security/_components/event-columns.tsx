"use client";
// The security queue's columns. Events not yet looked at are bold with an accent edge, so the eye finds
// the work; on a phone card the severity and time lead, the summary follows, then triage and the action.
import Link from "next/link";
import { Check } from "lucide-react";
import { SecuritySeverityBadge } from "@/app/(portal)/security/_components/severity-badge";
import { TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { TriageBadge } from "@/app/(portal)/security/_components/triage-badge";
import { actionsColumn, RowButton } from "@/components/ui/table-columns";
import { cn } from "@/components/ui/cn";
import type { DataTableColumn } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/time";
import type { SecurityEventResponse } from "@/lib/security/schemas";

type Triage = {
  canTriage: boolean;
  busyId: string | undefined;
  onMarkInvestigated: (event: SecurityEventResponse) => void;
};

const edge = (e: SecurityEventResponse) =>
  e.investigated
    ? "md:border-l-transparent"
    : e.severity === "CRITICAL" || e.severity === "HIGH"
      ? "md:border-l-danger"
      : "md:border-l-accent";

export function eventColumns({
  canTriage,
  busyId,
  onMarkInvestigated,
}: Triage): DataTableColumn<SecurityEventResponse>[] {
  const columns: DataTableColumn<SecurityEventResponse>[] = [
    {
      id: "severity",
      header: "Severity",
      phone: "lead",
      className: (e) => cn("md:border-l-[3px] md:first:pl-2", edge(e)),
      cell: (e) => <SecuritySeverityBadge severity={e.severity} />,
    },
    {
      id: "when",
      header: "When",
      phone: "trail",
      className: "text-xs whitespace-nowrap",
      cell: (e) => <Instant at={e.at} relative />,
    },
    {
      id: "type",
      header: "Type",
      phone: "lead",
      className: "text-xs whitespace-nowrap",
      cell: (e) => TYPE_LABELS[e.type],
    },
    {
      id: "what",
      header: "What · source · account",
      phone: "main",
      // Takes the width left over, so long summaries truncate instead of widening the table.
      className: "w-full max-w-0 max-md:max-w-full",
      cell: (e) => (
        <>
          <Link
            href={`/security/${e.id}`}
            className={cn(
              "line-clamp-2 break-words hover:underline md:block md:truncate",
              e.investigated ? "font-normal" : "font-semibold",
            )}
            title={e.summary}
          >
            {e.summary}
          </Link>
          <div className="truncate text-xs text-muted">
            <span className="font-mono">{e.source}</span>
            {e.user ? <span> · {e.user}</span> : null}
            {e.rule ? (
              <span className="font-mono" data-testid="event-rule">
                {" "}
                · rule {e.rule}
              </span>
            ) : null}
          </div>
        </>
      ),
    },
    {
      id: "triage",
      header: "Triage",
      phone: "meta",
      className: "whitespace-nowrap",
      cell: (e) => (
        <>
          <TriageBadge event={e} />
          {e.incident ? (
            <Link
              href={`/incidents/${e.incident.key}`}
              className="ml-1.5 font-mono text-xs font-semibold text-danger hover:underline"
            >
              {e.incident.key}
            </Link>
          ) : null}
        </>
      ),
    },
  ];
  if (!canTriage) return columns;
  return [
    ...columns,
    actionsColumn((e) =>
      e.investigated ? null : (
        <RowButton
          variant="secondary"
          disabled={busyId === e.id}
          onClick={() => onMarkInvestigated(e)}
          aria-label={`Mark investigated: ${e.summary}`}
          title="Mark investigated"
        >
          <Check aria-hidden className="size-3.5" /> <span className="hidden lg:inline">Investigated</span>
        </RowButton>
      ),
    ),
  ];
}
