"use client";
import { answerLabel } from "@/app/(portal)/changes/_components/change-labels";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { RISK_QUESTIONS, type RiskQuestion } from "@/lib/changes/risk-policy";

type Props = {
  answers: Partial<Record<RiskQuestion, string>>;
  onAnswer: (question: RiskQuestion, answer: string) => void;
  errorFor: (question: RiskQuestion) => string | undefined;
};

const QUESTIONS = Object.keys(RISK_QUESTIONS) as RiskQuestion[];

// The five questions of the risk policy; each answer shows what it adds to the score.
export function RiskQuestions({ answers, onAnswer, errorFor }: Props) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-border p-3">
      <legend className="px-1 text-sm font-semibold">Risk questions</legend>
      <p className="text-xs text-muted">Unanswered questions count as their riskiest answer.</p>
      <div className="grid gap-3 xl:grid-cols-2">
        {QUESTIONS.map((q) => (
          <ChoiceGroup
            key={q}
            name={`risk-${q}`}
            legend={RISK_QUESTIONS[q].label}
            value={answers[q]}
            onChange={(a) => onAnswer(q, a)}
            error={errorFor(q)}
            choices={Object.entries(RISK_QUESTIONS[q].answers).map(([answer, points]) => ({
              value: answer,
              label: answerLabel(answer),
              hint: points ? `+${points}` : "0",
            }))}
          />
        ))}
      </div>
    </fieldset>
  );
}
