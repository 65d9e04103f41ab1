"use client";
// Past assessments, newest first, each with its scores and (on demand) how its result was reached.
import { ScoreTrend } from "@/app/(portal)/vendors/[id]/_components/score-trend";
import { Explanation } from "@/app/(portal)/vendors/[id]/_components/explanation";
import { ActionBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, ErrorState, SkeletonRows } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import { useAssessments } from "@/lib/client/vendors";
import { SCORE_LABELS, SCORE_NAMES } from "@/lib/vendors/assessment-formula";
import type { AssessmentResponse } from "@/lib/vendors/schemas";

type Props = { vendorId: string; initial: AssessmentResponse[]; canAssess: boolean };

export function AssessmentHistory({ vendorId, initial, canAssess }: Props) {
  const query = useAssessments(vendorId, initial);
  const items = query.data ?? [];
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-xs font-medium text-muted uppercase">
        Assessment history
      </h2>
      {query.error && !query.data ? (
        <ErrorState
          title="Assessments could not be loaded"
          detail={query.error.message}
          action={
            <button className={buttonClass()} onClick={() => void query.refetch()}>
              Retry
            </button>
          }
        />
      ) : query.isPending ? (
        <SkeletonRows rows={3} columns={4} />
      ) : items.length === 0 ? (
        <EmptyState title="Not assessed yet">
          {canAssess
            ? "Press Assess to score this vendor; the trend starts with the first assessment."
            : "An ops manager scores vendors on their review cadence."}
        </EmptyState>
      ) : (
        <>
          <ScoreTrend items={items} />
          <ol className="space-y-2" aria-label="Assessments" data-testid="assessment-list">
            {items.map((a) => (
              <li
                key={a.id}
                className="rounded-lg border border-border bg-surface p-2.5"
                data-testid="assessment-item"
              >
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <ActionBadge action={a.recommendedAction} score={a.overallScore} />
                  <Instant at={a.assessedAt} />
                  <span className="text-xs text-muted">
                    by {a.assessedBy?.name ?? "someone no longer here"} · {a.formulaVersion}
                  </span>
                </div>
                <p className="mt-1 font-mono text-xs text-muted">
                  {SCORE_NAMES.map((n) => `${SCORE_LABELS[n]} ${a.scores[n] ?? "–"}`).join(" · ")}
                  {a.certifications.length
                    ? ` · certified: ${a.certifications.join(", ")}`
                    : " · no certification"}
                </p>
                {a.explanation.floors.length ? (
                  <p className="mt-1 text-xs text-warning">{a.explanation.floors.join("; ")}</p>
                ) : null}
                {a.notes ? <p className="mt-1 text-sm whitespace-pre-wrap">{a.notes}</p> : null}
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-accent">How it was reached</summary>
                  <div className="mt-2">
                    <Explanation explanation={a.explanation} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
