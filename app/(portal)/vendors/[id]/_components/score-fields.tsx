"use client";
// The eight 1–5 scores, grouped as the formula weighs them. Native radios: Tab moves between scores,
// the arrow keys change one.
import { ChoiceGroup } from "@/components/ui/choice-group";
import { GROUPS, SCORE_LABELS, type ScoreName } from "@/lib/vendors/assessment-formula";

const CHOICES = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
const SCALE_HINT = "1 poor · 3 adequate · 5 excellent";

type Props = {
  scores: Partial<Record<ScoreName, number>>;
  onScore: (name: ScoreName, value: number) => void;
  errorFor: (name: ScoreName) => string | undefined;
};

export function ScoreFields({ scores, onScore, errorFor }: Props) {
  return (
    <div className="space-y-3">
      <p className="text-xs text-muted">{SCALE_HINT}</p>
      {Object.values(GROUPS).map((g) => (
        <fieldset key={g.label} className="min-w-0 rounded-md border border-border p-2">
          <legend className="px-1 text-xs font-medium text-muted uppercase">
            {g.label} · {g.weight * 100} %
          </legend>
          <div className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
            {g.scores.map((name) => (
              <ChoiceGroup
                key={name}
                name={`score-${name}`}
                legend={SCORE_LABELS[name]}
                value={scores[name] === undefined ? "" : String(scores[name])}
                onChange={(v) => onScore(name, Number(v))}
                error={errorFor(name)}
                choices={CHOICES}
                isScale
              />
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
