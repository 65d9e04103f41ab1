// Each factor of a risk score with its points; an unanswered question is called out, because it counts
// as its riskiest answer until someone answers it.
import { answerLabel } from "@/app/(portal)/changes/_components/change-labels";
import { cn } from "@/components/ui/cn";

export type FactorRow = {
  question: string;
  label: string;
  answer: string;
  points: number;
  defaulted: boolean;
};

export function RiskFactorTable({
  factors,
  score,
  floor,
}: {
  factors: FactorRow[];
  score: number;
  floor?: string | null;
}) {
  return (
    <table className="w-full text-left text-sm" aria-label="Risk factors" data-testid="risk-factors">
      <thead className="text-xs text-muted uppercase">
        <tr>
          <th scope="col" className="py-1 pr-2 font-medium">
            Factor
          </th>
          <th scope="col" className="px-2 py-1 font-medium">
            Answer
          </th>
          <th scope="col" className="py-1 pl-2 text-right font-medium">
            Points
          </th>
        </tr>
      </thead>
      <tbody>
        {factors.map((f) => (
          <tr key={f.question} className="border-t border-border align-top" data-defaulted={f.defaulted}>
            <td className="py-1 pr-2">{f.label}</td>
            <td className="px-2 py-1">
              {f.defaulted ? (
                <span className="text-warning" title="Unanswered questions count as their riskiest answer">
                  {answerLabel(f.answer)}{" "}
                  <span className="block text-xs">counts as riskiest until answered</span>
                </span>
              ) : (
                answerLabel(f.answer)
              )}
            </td>
            <td
              className={cn(
                "py-1 pl-2 text-right font-mono tabular-nums",
                f.points >= 3 && "font-semibold text-danger",
              )}
            >
              {f.points}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t border-border font-semibold">
          <td className="py-1 pr-2" colSpan={2}>
            Score{floor ? <span className="ml-1 text-xs font-normal text-warning">({floor})</span> : null}
          </td>
          <td className="py-1 pl-2 text-right font-mono tabular-nums">{score}</td>
        </tr>
      </tfoot>
    </table>
  );
}
