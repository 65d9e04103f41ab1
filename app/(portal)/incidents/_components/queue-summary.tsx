"use client";
// Counts over the whole open queue, whatever the table is filtered to: the shape of the night at a glance.
import { rowSlaState } from "@/app/(portal)/incidents/_components/queue-sla";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { IncidentResponse } from "@/lib/incidents/schemas";
import { SEVERITIES, type Severity } from "@/lib/incidents/sla";

type Props = {
  items: IncidentResponse[] | undefined;
  isTruncated: boolean;
  now: number;
  activeSeverity: string;
  onSeverity: (severity: Severity | "") => void;
};

export function QueueSummary({ items, isTruncated, now, activeSeverity, onSeverity }: Props) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let breached = 0;
  let atRisk = 0;
  for (const i of items ?? []) {
    counts[i.severity] += 1;
    const state = rowSlaState(i, now);
    if (state === "breached") breached += 1;
    else if (state === "at-risk") atRisk += 1;
  }
  const plus = isTruncated ? "+" : "";
  const show = (n: number) => (items ? `${n}${plus}` : "–");

  return (
    <section
      aria-label="Open incidents summary"
      data-testid="queue-summary"
      className="mb-3 flex flex-wrap items-center gap-2 text-sm"
    >
      <span className="text-xs text-muted uppercase">Open</span>
      {SEVERITIES.map((s) => {
        const isActive = activeSeverity === s;
        return (
          <button
            key={s}
            type="button"
            aria-pressed={isActive}
            onClick={() => onSeverity(isActive ? "" : s)}
            title={isActive ? "Show all severities" : `Show only ${s}`}
            data-testid={`count-${s}`}
            className={cn(
              "inline-flex items-center gap-1.5 rounded-md border px-2 py-0.5",
              isActive ? "border-accent bg-accent/10" : "border-border bg-surface hover:bg-surface-2",
            )}
          >
            <SeverityBadge severity={s} />
            <span className="font-mono tabular-nums">{show(counts[s])}</span>
          </button>
        );
      })}
      <SlaCount
        testId="count-breached"
        count={show(breached)}
        word="breached"
        className={cn("ml-1 font-medium", breached ? "border-danger/40 bg-danger/10 text-danger" : null)}
      />
      <SlaCount
        testId="count-at-risk"
        count={show(atRisk)}
        word="at risk"
        className={atRisk ? "border-warning/40 bg-warning/10 text-warning" : undefined}
      />
    </section>
  );
}

// A count of open incidents in an SLA state; muted at zero, in the state's tone (`className`) otherwise.
function SlaCount({
  testId,
  count,
  word,
  className,
}: {
  testId: string;
  count: ReactNode;
  word: string;
  className?: string;
}) {
  return (
    <span
      data-testid={testId}
      className={cn("rounded-md border border-border px-2 py-0.5 text-muted", className)}
    >
      <span className="font-mono tabular-nums">{count}</span> {word}
    </span>
  );
}
