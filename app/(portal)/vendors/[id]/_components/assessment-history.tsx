"use client";
// Past assessments, newest first, each with its scores and (on demand) how its result was reached.
import { ScoreTrend } from "@/app/(portal)/vendors/[id]/_components/score-trend";
import { Explanation } from "@/app/(portal)/vendors/[id]/_components/explanation";
import { ActionBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { QueryStates } from "@/components/ui/query-states";
import { Instant } from "@/components/ui/time";
import { TitledSection } from "@/components/ui/titled-section";
import { useAssessments } from "@/lib/client/vendors";
import { SCORE_LABELS, SCORE_NAMES } from "@/lib/vendors/assessment-formula";
import type { AssessmentResponse } from "@/lib/vendors/schemas";

type Props = { vendorId: string; initial: AssessmentResponse[]; canAssess: boolean };

export function AssessmentHistory({ vendorId, initial, canAssess }: Props) {
  const query = useAssessments(vendorId, initial);
  const items = query.data ?? [];
  return (
    <TitledSection title="Assessment history" className="space-y-3">
      <QueryStates
        query={query}
        what="Assessments"
        isEmpty={items.length === 0}
        empty={{
          title: "Not assessed yet",
          children: canAssess
            ? "Press Assess to score this vendor; the trend starts with the first assessment."
            : "An ops manager scores vendors on their review cadence.",
        }}
      >
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
      </QueryStates>
    </TitledSection>
  );
}
