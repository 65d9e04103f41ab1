// The current recommendation at a glance, with the reason when a floor overrode the average.
import { ActionBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { Panel } from "@/components/ui/panel";
import { Instant } from "@/components/ui/time";
import { WarningList } from "@/components/ui/warning-list";
import type { VendorResponse } from "@/lib/vendors/schemas";

export function LatestAssessment({ vendor }: { vendor: VendorResponse }) {
  const a = vendor.latestAssessment;
  return (
    <Panel title="Current recommendation" testId="latest-assessment">
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
            <WarningList label="Why" testId="latest-floors" items={a.explanation.floors} />
          ) : (
            <p className="text-xs text-muted">
              {a.explanation.steps.find((s) => s.label === "Band")?.detail}
            </p>
          )}
        </div>
      ) : (
        <p className="text-sm text-muted">Not assessed yet.</p>
      )}
    </Panel>
  );
}
