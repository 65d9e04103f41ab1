// DR test compliance across every business function: how many scheduled tests are on time, per type,
// plus the count of recent tests that missed their targets and of slow dependencies.
import { missedTests } from "@/app/(portal)/continuity/_components/function-flags";
import { DR_TEST_CADENCE } from "@/app/(portal)/continuity/_components/continuity-labels";
import { cn } from "@/components/ui/cn";
import { DR_TEST_LABELS, DR_TEST_TYPES } from "@/lib/continuity/rules";
import type { FunctionResponse } from "@/lib/continuity/schemas";

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 100);

function Stat({
  label,
  value,
  detail,
  tone,
}: {
  label: string;
  value: string;
  detail: string;
  tone: "ok" | "warn" | "bad";
}) {
  return (
    <div className="rounded-lg border border-border bg-surface px-3 py-2">
      <p className="text-xs text-muted uppercase">{label}</p>
      <p
        className={cn(
          "font-mono text-xl font-semibold tabular-nums",
          tone === "bad" ? "text-danger" : tone === "warn" ? "text-warning" : "text-success",
        )}
      >
        {value}
      </p>
      <p className="text-xs text-muted">{detail}</p>
    </div>
  );
}

export function ComplianceSummary({ items }: { items: FunctionResponse[] }) {
  const scheduled = items.flatMap((f) => f.drSchedule);
  const onTime = scheduled.filter((s) => !s.overdue).length;
  const compliance = percent(onTime, scheduled.length);
  const missed = items.reduce((n, f) => n + missedTests(f).length, 0);
  const slow = items.reduce((n, f) => n + f.slowDependencies.length, 0);
  return (
    <section aria-label="DR test compliance" data-testid="compliance-summary" className="mb-4 space-y-2">
      <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
        <Stat
          label="DR tests on schedule"
          value={`${compliance} %`}
          detail={`${onTime} of ${scheduled.length} across ${items.length} functions`}
          tone={compliance === 100 ? "ok" : compliance >= 80 ? "warn" : "bad"}
        />
        <Stat
          label="Overdue tests"
          value={String(scheduled.length - onTime)}
          detail="by the handbook's cadence"
          tone={scheduled.length === onTime ? "ok" : "warn"}
        />
        <Stat
          label="Missed RTO / RPO"
          value={String(missed)}
          detail="in recent tests that were run"
          tone={missed ? "bad" : "ok"}
        />
        <Stat
          label="Slow dependencies"
          value={String(slow)}
          detail="recover slower than the RTO"
          tone={slow ? "bad" : "ok"}
        />
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="On schedule by test type">
        {DR_TEST_TYPES.map((type) => {
          const ofType = items
            .map((f) => f.drSchedule.find((s) => s.type === type))
            .filter((s) => s !== undefined);
          const ok = ofType.filter((s) => !s.overdue).length;
          return (
            <li key={type}>
              {DR_TEST_LABELS[type]} ({DR_TEST_CADENCE[type]}):{" "}
              <span className={cn("font-mono", ok < ofType.length && "font-semibold text-warning")}>
                {ok}/{ofType.length}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
