"use client";
// Every DR test of the function, newest first: measured against target, a missed RTO or RPO in red;
// planned ones can have their result recorded in place.
import { useState } from "react";
import { MissedBadge } from "@/app/(portal)/continuity/_components/continuity-badges";
import { hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { CompleteTestForm } from "@/app/(portal)/continuity/[id]/_components/complete-test-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { QueryStates } from "@/components/ui/query-states";
import { Instant } from "@/components/ui/time";
import { TitledSection } from "@/components/ui/titled-section";
import { useDrTests } from "@/lib/client/continuity";
import { DR_TEST_LABELS } from "@/lib/continuity/rules";
import type { DrTestResponse } from "@/lib/continuity/schemas";

function Measure({
  name,
  measured,
  target,
  met,
}: {
  name: "RTO" | "RPO";
  measured: number | null;
  target: number;
  met: boolean | null;
}) {
  return (
    <span
      className={cn(
        "font-mono text-xs whitespace-nowrap",
        met === false ? "font-semibold text-danger" : met ? "text-success" : "text-muted",
      )}
    >
      {name} {measured === null ? "–" : hours(measured)} / {hours(target)}
    </span>
  );
}

function TestItem({ test, canWrite }: { test: DrTestResponse; canWrite: boolean }) {
  const [isCompleting, setCompleting] = useState(false);
  const isDone = test.status === "DONE";
  return (
    <li
      className="rounded-lg border border-border bg-surface p-2.5"
      data-testid="dr-test"
      data-status={test.status}
      data-type={test.type}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="font-medium">{DR_TEST_LABELS[test.type]}</span>
        {isDone ? <Badge tone="neutral">Done</Badge> : <Badge tone="accent">Planned</Badge>}
        <span className="text-xs text-muted">
          <Instant at={isDone ? test.performedAt : test.plannedFor} zone="utc" />
        </span>
        {isDone ? (
          <>
            <Measure
              name="RTO"
              measured={test.measuredRtoHours}
              target={test.targetRtoHours}
              met={test.rtoMet}
            />
            <Measure
              name="RPO"
              measured={test.measuredRpoHours}
              target={test.targetRpoHours}
              met={test.rpoMet}
            />
            {test.rtoMet === false ? <MissedBadge target="RTO" /> : null}
            {test.rpoMet === false ? <MissedBadge target="RPO" /> : null}
          </>
        ) : canWrite && !isCompleting ? (
          <Button size="sm" className="ml-auto" onClick={() => setCompleting(true)}>
            Record result
          </Button>
        ) : null}
      </div>
      {test.findings ? <p className="mt-1 text-sm whitespace-pre-wrap">{test.findings}</p> : null}
      {test.followUps.length ? (
        <ul className="mt-1 list-disc pl-5 text-xs text-muted" aria-label="Follow-ups">
          {test.followUps.map((f, i) => (
            <li key={i}>{f}</li>
          ))}
        </ul>
      ) : null}
      {isCompleting ? <CompleteTestForm test={test} onDone={() => setCompleting(false)} /> : null}
    </li>
  );
}

export function DrTestList({ functionId, canWrite }: { functionId: string; canWrite: boolean }) {
  const query = useDrTests(functionId);
  const items = query.data ?? [];
  return (
    <TitledSection
      title={
        <>
          DR tests <span className="font-normal normal-case">· measured against target</span>
        </>
      }
    >
      <QueryStates
        query={query}
        what="DR tests"
        isEmpty={items.length === 0}
        empty={{
          title: "No DR tests yet",
          children: "Plan the next one, or record one that was run with what it measured.",
        }}
      >
        <ol className="space-y-2" aria-label="DR tests" data-testid="dr-test-list">
          {items.map((t) => (
            <TestItem key={t.id} test={t} canWrite={canWrite} />
          ))}
        </ol>
      </QueryStates>
    </TitledSection>
  );
}
