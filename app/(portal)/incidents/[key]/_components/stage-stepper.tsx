import { Check } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { Panel } from "@/components/ui/panel";
import { RESPONSE_STAGES, STAGE_LABELS, type ResponseStage } from "@/lib/incidents/response-stage";

export function StageStepper({ stage, className }: { stage: ResponseStage; className?: string }) {
  const current = RESPONSE_STAGES.indexOf(stage);
  return (
    <Panel title="Response process" className={className}>
      <ol
        data-testid="incident-stage"
        data-stage={stage}
        className="grid grid-cols-3 gap-1.5 sm:grid-cols-6 lg:grid-cols-2"
      >
        {RESPONSE_STAGES.map((s, i) => {
          const state = i < current ? "done" : i === current ? "current" : "upcoming";
          return (
            <li
              key={s}
              data-state={state}
              title={STAGE_LABELS[s]}
              aria-current={state === "current" ? "step" : undefined}
              className={cn(
                "flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs",
                state === "current" && "border-accent bg-accent font-semibold text-accent-fg",
                state === "done" && "border-success/30 bg-success/10 text-success",
                state === "upcoming" && "border-border text-muted",
              )}
            >
              <span
                aria-hidden
                className="grid size-4 shrink-0 place-items-center rounded-full border border-current text-[10px]"
              >
                {state === "done" ? <Check className="size-3" /> : i + 1}
              </span>
              <span className="truncate">{STAGE_LABELS[s]}</span>
              {state === "done" ? <span className="sr-only">(done)</span> : null}
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
