// How an assessment result was reached: each weighted group, the sum, the band, then the floors that a
// good average cannot buy back. The same view serves the live preview and every past assessment.
import { cn } from "@/components/ui/cn";
import { WarningList } from "@/components/ui/warning-list";
import type { AssessmentResponse } from "@/lib/vendors/schemas";

type Props = { explanation: AssessmentResponse["explanation"]; testId?: string };

export function Explanation({ explanation, testId }: Props) {
  return (
    // Sized by its container: label beside detail where there is room (history), above it in the narrow preview.
    <div className="@container space-y-2" data-testid={testId}>
      <ol className="space-y-1 text-sm" aria-label="Steps">
        {explanation.steps.map((s, i) => (
          <li
            key={`${s.label}-${i}`}
            className={cn(
              "grid gap-x-2 @md:grid-cols-[9rem_minmax(0,1fr)]",
              s.label === "Floors" && explanation.floors.length && "text-warning",
            )}
          >
            <span className="text-xs font-medium text-muted uppercase @md:pt-0.5">{s.label}</span>
            <span className="font-mono text-xs break-words @md:text-[13px]">{s.detail}</span>
          </li>
        ))}
      </ol>
      <WarningList
        label="Floors applied"
        testId="assessment-floors"
        items={explanation.floors.map((f) => (
          <>
            <strong className="font-medium">Floor:</strong> {f}
          </>
        ))}
      />
    </div>
  );
}
