"use client";
import Link from "next/link";
import { Check } from "lucide-react";
import { SecuritySeverityBadge } from "@/app/(portal)/security/_components/severity-badge";
import { TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { TriageBadge } from "@/app/(portal)/security/_components/triage-badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Time } from "@/components/ui/time";
import type { SecurityEventResponse } from "@/lib/security/schemas";

type Props = {
  event: SecurityEventResponse;
  index: number;
  isSelected: boolean;
  canTriage: boolean;
  isBusy: boolean;
  onSelect: (index: number) => void;
  onMarkInvestigated: (event: SecurityEventResponse) => void;
};

// Not yet looked at: bold, with an accent edge, so the eye finds the work.
export function EventRow({
  event: e,
  index,
  isSelected,
  canTriage,
  isBusy,
  onSelect,
  onMarkInvestigated,
}: Props) {
  const isNew = !e.investigated;
  return (
    <tr
      data-testid="security-row"
      data-id={e.id}
      data-row-index={index}
      data-investigated={e.investigated}
      aria-selected={isSelected}
      onMouseEnter={() => onSelect(index)}
      className={cn(
        "border-b border-border last:border-0",
        isSelected ? "bg-accent/10" : "hover:bg-surface-2",
        e.resolved && "text-muted",
        isBusy && "opacity-60",
      )}
    >
      <td
        className={cn(
          "border-l-[3px] py-1.5 pr-2 pl-2",
          isNew
            ? e.severity === "CRITICAL" || e.severity === "HIGH"
              ? "border-l-danger"
              : "border-l-accent"
            : "border-l-transparent",
        )}
      >
        <SecuritySeverityBadge severity={e.severity} />
      </td>
      <td className="hidden px-2 py-1.5 text-xs whitespace-nowrap sm:table-cell">
        <Time iso={e.at} relative />
      </td>
      <td className="hidden px-2 py-1.5 text-xs whitespace-nowrap xl:table-cell">{TYPE_LABELS[e.type]}</td>
      {/* Takes the width left over, so long summaries truncate instead of widening the table. */}
      <td className="w-full max-w-0 px-2 py-1.5">
        <Link
          href={`/security/${e.id}`}
          className={cn(
            "line-clamp-2 break-words hover:underline sm:block sm:truncate",
            isNew ? "font-semibold" : "font-normal",
          )}
          title={e.summary}
        >
          {e.summary}
        </Link>
        <div className="truncate text-xs text-muted">
          <span className="sm:hidden">
            <Time iso={e.at} relative /> ·{" "}
          </span>
          <span className="xl:hidden">{TYPE_LABELS[e.type]} · </span>
          <span className="font-mono">{e.source}</span>
          {e.user ? <span> · {e.user}</span> : null}
          {e.rule ? (
            <span className="font-mono" data-testid="event-rule">
              {" "}
              · rule {e.rule}
            </span>
          ) : null}
        </div>
      </td>
      <td className="hidden px-2 py-1.5 whitespace-nowrap sm:table-cell">
        <TriageBadge event={e} />
        {e.incident ? (
          <Link
            href={`/incidents/${e.incident.key}`}
            className="ml-1.5 font-mono text-xs font-semibold text-danger hover:underline"
          >
            {e.incident.key}
          </Link>
        ) : null}
      </td>
      {canTriage ? (
        <td className="hidden px-2 py-1.5 text-right whitespace-nowrap sm:table-cell">
          {isNew ? (
            <Button
              size="sm"
              disabled={isBusy}
              onClick={() => onMarkInvestigated(e)}
              aria-label={`Mark investigated: ${e.summary}`}
              title="Mark investigated"
            >
              <Check aria-hidden className="size-3.5" />{" "}
              <span className="hidden lg:inline">Investigated</span>
            </Button>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
