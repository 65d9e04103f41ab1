import { TRIAGE_LABELS, triageState } from "@/app/(portal)/security/_components/security-labels";
import { Badge } from "@/components/ui/badge";

const TONES = { new: "accent", investigating: "warning", resolved: "success" } as const;

export function TriageBadge({ event }: { event: { investigated: boolean; resolved: boolean } }) {
  const state = triageState(event);
  return (
    <Badge tone={TONES[state]}>
      <span data-testid="triage-state" data-state={state}>
        {TRIAGE_LABELS[state]}
      </span>
    </Badge>
  );
}
