"use client";
// Changes that probably caused the incident, ranked (same service, recency, risk) with the reason for
// each; one click links one as the cause, through the same incident PATCH as the Cause panel.
import Link from "next/link";
import { GitPullRequestArrow } from "lucide-react";
import type { PatchIncident } from "@/app/(portal)/incidents/[key]/_components/incident-detail";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Panel } from "@/components/ui/panel";
import { ErrorState, SkeletonRows } from "@/components/ui/states";
import { useSuspectChanges } from "@/lib/client/integrations";
import type { IncidentResponse } from "@/lib/incidents/schemas";

const RISK_TONE = { HIGH: "danger", MEDIUM: "warning", LOW: "neutral" } as const;

type Props = {
  incident: IncidentResponse;
  canUpdate: boolean;
  patch: PatchIncident;
  isPending: boolean;
  className?: string;
};

export function SuspectChanges({ incident, canUpdate, patch, isPending, className }: Props) {
  const suspects = useSuspectChanges(incident.key);
  const linkedKey = incident.causedByChange?.key;
  return (
    <Panel
      title="Suspect changes"
      icon={<GitPullRequestArrow aria-hidden className="size-3.5" />}
      testId="suspect-changes"
      className={cn("space-y-2", className)}
    >
      {suspects.isPending ? (
        <SkeletonRows rows={2} columns={2} />
      ) : suspects.isError ? (
        <ErrorState title="Suspect changes could not be loaded" detail={suspects.error.message} />
      ) : suspects.data.items.length === 0 ? (
        <p className="text-sm text-muted">
          No change on these services was running or finished in the 24 hours before it started.
        </p>
      ) : (
        <ol className="space-y-2">
          {suspects.data.items.map((s) => {
            const isLinked = s.change.key === linkedKey;
            return (
              <li
                key={s.change.key}
                className="space-y-1 rounded-md border border-border p-2"
                data-testid="suspect-change"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <Link
                    href={`/changes/${s.change.key}`}
                    className="font-mono text-sm font-semibold hover:underline"
                  >
                    {s.change.key}
                  </Link>
                  <span className="min-w-0 flex-1 text-sm break-words">{s.change.title}</span>
                  <Badge tone={RISK_TONE[s.change.riskLevel]}>{s.change.riskLevel.toLowerCase()} risk</Badge>
                  <span className="text-xs text-muted tabular-nums" title="Higher is more likely">
                    score {s.score}
                  </span>
                </div>
                <p className="text-xs text-muted">{s.reason}</p>
                {isLinked ? (
                  <p className="text-xs font-medium text-warning">Linked as the cause</p>
                ) : canUpdate && incident.status !== "CLOSED" ? (
                  <Button
                    size="sm"
                    disabled={isPending}
                    onClick={() => patch({ causedByChange: s.change.key })}
                    aria-label={`Link as cause: ${s.change.key}`}
                  >
                    Link as cause
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
