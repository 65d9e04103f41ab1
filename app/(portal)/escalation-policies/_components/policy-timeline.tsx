"use client";
// The policy's timeline in words, as the rules will run it (lib/escalation/escalation-plan.ts): every
// step of every round, minutes after the incident opened. The form shows it changing as it is filled in;
// the policy page shows the saved one.
import {
  atWords,
  timelineLines,
  type Names,
  type StepLike,
} from "@/app/(portal)/escalation-policies/_components/policy-words";
import { Panel } from "@/components/ui/panel";
import { MAX_WAIT_MINUTES, MIN_WAIT_MINUTES } from "@/lib/escalation/schemas";

type Props = {
  policy: { steps: readonly StepLike[]; repeat: number } | null;
  names: Names;
  className?: string;
};

export function PolicyTimeline({ policy, names, className }: Props) {
  const timeline = policy ? timelineLines(policy, names) : null;
  return (
    <Panel title="Timeline while nobody acknowledges" testId="policy-timeline" className={className}>
      {!timeline ? (
        <p className="text-sm text-muted">
          Give every step a wait of {MIN_WAIT_MINUTES} to {MAX_WAIT_MINUTES} whole minutes to see when each
          one pages.
        </p>
      ) : (
        <>
          <ol className="space-y-0.5 text-sm" data-testid="timeline-lines">
            {timeline.lines.map((l) => (
              <li key={`${l.round}-${l.step}`} className="flex gap-2">
                <span className="w-20 shrink-0 text-right font-mono text-xs leading-5 tabular-nums">
                  {atWords(l.atMinutes)}:
                </span>{" "}
                <span className="min-w-0 break-words">
                  {l.round > 0 && l.step === 1 ? (
                    <span className="text-muted">Repeat {l.round}, </span>
                  ) : null}
                  <span className="text-muted">step {l.step}:</span> {l.words}
                </span>
              </li>
            ))}
          </ol>
          <p className="mt-2 text-xs text-muted">
            At {atWords(timeline.endsAtMinutes)} without an acknowledgement the policy has run its course; the
            handbook&apos;s escalation matrix applies throughout. Acknowledging stops it at once, and a step
            that reaches nobody (a gap in a schedule) passes to the next step straight away.
          </p>
        </>
      )}
    </Panel>
  );
}
