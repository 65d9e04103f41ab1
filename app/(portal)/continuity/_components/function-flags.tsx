// What is wrong with a function's continuity, built from the response's structured fields (not by
// parsing its flag sentences): missed RTO/RPO in recent tests and slow dependencies in red, overdue DR
// tests in amber.
import { MissedBadge } from "@/app/(portal)/continuity/_components/continuity-badges";
import { day, hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { Badge } from "@/components/ui/badge";
import { DR_TEST_LABELS } from "@/lib/continuity/rules";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export function missedTests(fn: FunctionResponse) {
  return fn.recentTests.filter((t) => t.rtoMet === false || t.rpoMet === false);
}
export const overdueTests = (fn: FunctionResponse) => fn.drSchedule.filter((s) => s.overdue);
export const isFlagged = (fn: FunctionResponse) =>
  fn.slowDependencies.length > 0 || overdueTests(fn).length > 0 || missedTests(fn).length > 0;

// The list's compact form: a badge per kind of problem.
export function FlagBadges({ fn }: { fn: FunctionResponse }) {
  const missed = missedTests(fn);
  const overdue = overdueTests(fn);
  if (!isFlagged(fn)) return <span className="text-xs text-success">No flags</span>;
  return (
    <div className="flex flex-wrap gap-1" data-testid="function-flags">
      {missed.some((t) => t.rtoMet === false) ? <MissedBadge target="RTO" /> : null}
      {missed.some((t) => t.rpoMet === false) ? <MissedBadge target="RPO" /> : null}
      {fn.slowDependencies.length ? (
        <Badge tone="danger">
          {fn.slowDependencies.length} slow dependenc{fn.slowDependencies.length === 1 ? "y" : "ies"}
        </Badge>
      ) : null}
      {overdue.length ? (
        <Badge tone="warning">
          {overdue.length} DR test{overdue.length === 1 ? "" : "s"} overdue
        </Badge>
      ) : null}
    </div>
  );
}

// The function page's full form: one line per problem, worst first.
export function FlagList({ fn }: { fn: FunctionResponse }) {
  if (!isFlagged(fn)) return null;
  return (
    <ul
      aria-label="Continuity flags"
      data-testid="function-flag-list"
      className="space-y-1 rounded-md border border-danger/40 bg-danger/5 px-3 py-2 text-sm"
    >
      {missedTests(fn).map((t) => (
        <li key={t.id} className="flex flex-wrap items-center gap-1.5 text-danger">
          {t.rtoMet === false ? <MissedBadge target="RTO" /> : null}
          {t.rpoMet === false ? <MissedBadge target="RPO" /> : null}
          {DR_TEST_LABELS[t.type]} on {t.performedAt ? day(t.performedAt) : "?"}:{" "}
          {[
            t.rtoMet === false
              ? `recovered in ${hours(t.measuredRtoHours ?? 0)} against a ${hours(t.targetRtoHours)} RTO`
              : null,
            t.rpoMet === false
              ? `lost ${hours(t.measuredRpoHours ?? 0)} of data against a ${hours(t.targetRpoHours)} RPO`
              : null,
          ]
            .filter(Boolean)
            .join("; ")}
          .
        </li>
      ))}
      {fn.slowDependencies.map((d) => (
        <li key={`${d.kind}-${d.id}`} className="text-danger">
          <strong className="font-medium">Slow dependency:</strong> {d.name} ({d.kind.toLowerCase()}) recovers
          in {hours(d.recoveryHours ?? 0)}, {hours(d.byHours)} more than the {hours(fn.rtoHours)} RTO.
        </li>
      ))}
      {overdueTests(fn).map((s) => (
        <li key={s.type} className="text-warning">
          <strong className="font-medium">Overdue:</strong> {DR_TEST_LABELS[s.type]} was due {day(s.dueAt)}
          {s.planned ? ` (planned ${day(s.planned)})` : ", and none is planned"}.
        </li>
      ))}
    </ul>
  );
}
