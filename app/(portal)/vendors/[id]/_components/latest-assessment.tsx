// The current recommendation at a glance, with the reason when a floor overrode the average.
import { ActionBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { Instant } from "@/components/ui/time";
import type { VendorResponse } from "@/lib/vendors/schemas";

export function LatestAssessment({ vendor }: { vendor: VendorResponse }) {
  const a = vendor.latestAssessment;
  return (
    <section
      aria-labelledby="latest-heading"
      data-testid="latest-assessment"
      className="rounded-lg border border-border bg-surface p-3"
    >
      <h2 id="latest-heading" className="mb-2 text-xs font-medium text-muted uppercase">
        Current recommendation
      </h2>
      {a ? (
        <div className="space-y-2">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <ActionBadge action={a.recommendedAction} score={a.overallScore} />
            <span className="text-muted">
              assessed <Instant at={a.assessedAt} />
              {a.assessedBy ? ` by ${a.assessedBy.name}` : ""}
            </span>
          </div>
          {a.explanation.floors.length ? (
            <ul
              aria-label="Why"
              className="space-y-0.5 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
              data-testid="latest-floors"
            >
              {a.explanation.floors.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          ) : (
            <p className="text-xs text-muted">
              {a.explanation.steps.find((s) => s.label === "Band")?.detail}
            </p>
          )}
        </div>
      ) : (
        <p className="text-sm text-muted">Not assessed yet.</p>
      )}
    </section>
  );
}
