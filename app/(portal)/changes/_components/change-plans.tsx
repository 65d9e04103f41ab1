// The three plans reviewers read before voting.
import type { ChangeResponse } from "@/lib/changes/schemas";

const PLANS = [
  ["implementationPlan", "Implementation"],
  ["rollbackPlan", "Rollback"],
  ["verificationPlan", "Verification"],
] as const;

export function ChangePlans({
  change,
}: {
  change: Pick<ChangeResponse, "implementationPlan" | "rollbackPlan" | "verificationPlan">;
}) {
  return (
    <dl className="grid gap-3 md:grid-cols-3">
      {PLANS.map(([field, label]) => (
        <div key={field} className="min-w-0">
          <dt className="text-xs font-medium text-muted uppercase">{label}</dt>
          <dd className="mt-0.5 text-sm break-words whitespace-pre-wrap">{change[field]}</dd>
        </div>
      ))}
    </dl>
  );
}
