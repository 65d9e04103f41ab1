// The handbook's DR test schedule for this function: when each type was last done, when the next is due,
// whether it is overdue, and the next one planned.
import { DR_TEST_CADENCE, day } from "@/app/(portal)/continuity/_components/continuity-labels";
import { Badge } from "@/components/ui/badge";
import { scrollRegion } from "@/components/ui/scroll-region";
import { DR_TEST_LABELS } from "@/lib/continuity/rules";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export function DrScheduleTable({ schedule }: { schedule: FunctionResponse["drSchedule"] }) {
  return (
    <section aria-labelledby="schedule-heading" className="rounded-lg border border-border bg-surface p-3">
      <h2 id="schedule-heading" className="mb-2 text-xs font-medium text-muted uppercase">
        DR test schedule
      </h2>
      <div {...scrollRegion("DR test schedule")} className="overflow-x-auto">
        <table className="w-full text-left text-sm" aria-label="DR test schedule" data-testid="dr-schedule">
          <thead className="text-xs text-muted uppercase">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">
                Test
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                Last done
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                Due
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                Planned
              </th>
              <th scope="col" className="py-1 pl-2 font-medium">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="font-mono text-xs">
            {schedule.map((s) => (
              <tr key={s.type} className="border-t border-border" data-type={s.type} data-overdue={s.overdue}>
                <td className="py-1 pr-2 font-sans text-sm">
                  {DR_TEST_LABELS[s.type]}{" "}
                  <span className="text-xs text-muted">{DR_TEST_CADENCE[s.type]}</span>
                </td>
                <td className="px-2 py-1">
                  {s.lastDone ? day(s.lastDone) : <span className="text-muted">never</span>}
                </td>
                <td className={s.overdue ? "px-2 py-1 font-semibold text-danger" : "px-2 py-1"}>
                  {day(s.dueAt)}
                </td>
                <td className="px-2 py-1">
                  {s.planned ? day(s.planned) : <span className="text-muted">—</span>}
                </td>
                <td className="py-1 pl-2 font-sans">
                  {s.overdue ? (
                    <Badge tone="danger">Overdue</Badge>
                  ) : (
                    <Badge tone="success">On schedule</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
