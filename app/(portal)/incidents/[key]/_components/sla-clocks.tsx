"use client";
import type { ReactNode } from "react";
import { SlaCountdown } from "@/app/(portal)/incidents/_components/sla-countdown";
import { formatDuration } from "@/components/ui/format-duration";
import { useNow } from "@/components/ui/use-now";
import { cn } from "@/components/ui/cn";
import { Panel } from "@/components/ui/panel";
import { Instant } from "@/components/ui/time";
import type { IncidentResponse } from "@/lib/incidents/schemas";

// The two handbook clocks: response stops at the acknowledgement, resolution at the resolution.
const clocksOf = (i: IncidentResponse) => [
  {
    testId: "response-clock",
    label: "Response",
    state: i.responseClock,
    dueIso: i.responseDueAt,
    stoppedIso: i.acknowledgedAt,
    stoppedVerb: "acknowledged",
  },
  {
    testId: "resolution-clock",
    label: "Resolution",
    state: i.resolutionClock,
    dueIso: i.resolutionDueAt,
    stoppedIso: i.resolvedAt,
    stoppedVerb: "resolved",
  },
];

export function SlaClocks({ incident, className }: { incident: IncidentResponse; className?: string }) {
  // Null on the server and while hydrating: the countdowns appear right after mount.
  const now = useNow();
  const nextUpdateMs =
    incident.nextUpdateDueAt && now !== null ? Date.parse(incident.nextUpdateDueAt) - now : null;
  return (
    <Panel title="SLA clocks" className={className}>
      <dl className="space-y-2">
        {clocksOf(incident).map((c) => (
          <Clock
            key={c.testId}
            testId={c.testId}
            label={c.label}
            state={c.state}
            dueIso={c.dueIso}
            stoppedIso={c.stoppedIso}
            stoppedVerb={c.stoppedVerb}
          >
            {now !== null ? (
              <SlaCountdown
                label={c.label}
                startIso={incident.createdAt}
                dueIso={c.dueIso}
                stoppedIso={c.stoppedIso}
                now={now}
                compact
              />
            ) : (
              <Placeholder />
            )}
          </Clock>
        ))}
        {incident.status === "OPEN" || incident.status === "IN_PROGRESS" ? (
          <div className="flex items-baseline justify-between gap-2 border-t border-border pt-2">
            <dt className="text-xs text-muted">Next update</dt>
            <dd
              className={cn(
                "font-mono text-xs tabular-nums",
                incident.updateOverdue && "font-bold text-danger",
              )}
            >
              {!incident.nextUpdateDueAt ? (
                <span className="font-sans text-muted">none posted yet</span>
              ) : nextUpdateMs === null ? (
                <Placeholder />
              ) : nextUpdateMs < 0 ? (
                `overdue ${formatDuration(-nextUpdateMs)}`
              ) : (
                `in ${formatDuration(nextUpdateMs)}`
              )}
            </dd>
          </div>
        ) : null}
      </dl>
    </Panel>
  );
}

type ClockProps = {
  testId: string;
  label: string;
  state: string;
  dueIso: string;
  stoppedIso: string | null;
  stoppedVerb: string;
  children: ReactNode;
};

function Clock({ testId, label, state, dueIso, stoppedIso, stoppedVerb, children }: ClockProps) {
  return (
    <div data-testid={testId} data-clock={state} className="flex items-baseline justify-between gap-2">
      <dt className="text-sm font-medium">{label}</dt>
      <dd className="text-right">
        <div>{children}</div>
        <div className="text-[11px] text-muted">
          {stoppedIso ? (
            <>
              {stoppedVerb} <Instant at={stoppedIso} />
            </>
          ) : (
            <>
              due <Instant at={dueIso} />
            </>
          )}
        </div>
      </dd>
    </div>
  );
}

function Placeholder() {
  return <span className="font-mono text-xs text-muted">--:--</span>;
}
