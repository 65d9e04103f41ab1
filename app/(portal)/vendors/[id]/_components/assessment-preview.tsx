"use client";
// The assess form's live panel: the same versioned formula the server applies on save, so the score,
// action and floors shown here are the ones the assessment will get.
import { Explanation } from "@/app/(portal)/vendors/[id]/_components/explanation";
import { ActionBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import {
  assessVendor,
  FORMULA_VERSION,
  SCORE_LABELS,
  SCORE_NAMES,
  type Criticality,
  type ScoreName,
  type Scores,
} from "@/lib/vendors/assessment-formula";

type Props = {
  scores: Partial<Record<ScoreName, number>>;
  criticality: Criticality;
  certifications: string[];
};

export function AssessmentPreview({ scores, criticality, certifications }: Props) {
  const missing = SCORE_NAMES.filter((n) => scores[n] === undefined);
  const result = missing.length ? null : assessVendor(scores as Scores, criticality, certifications);
  return (
    <aside
      aria-label="Assessment preview"
      data-testid="assessment-preview"
      className="space-y-2 rounded-lg border border-border bg-surface p-3 @3xl:sticky @3xl:top-16"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-xs font-medium text-muted uppercase">Live result</h3>
        {result ? <ActionBadge action={result.recommendedAction} score={result.overallScore} /> : null}
        <span className="ml-auto font-mono text-[11px] text-muted">{FORMULA_VERSION}</span>
      </div>
      {result ? (
        <Explanation explanation={result} />
      ) : (
        <p className="text-sm text-muted">
          Score all eight to see the result: {missing.length} left (
          {missing.map((n) => SCORE_LABELS[n]).join(", ")}).
        </p>
      )}
    </aside>
  );
}
