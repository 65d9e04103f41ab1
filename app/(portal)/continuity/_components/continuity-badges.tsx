import { DR_TEST_SHORT, day } from "@/app/(portal)/continuity/_components/continuity-labels";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { DR_TEST_LABELS } from "@/lib/continuity/rules";
import type { FunctionResponse } from "@/lib/continuity/schemas";

// MISSED RTO / MISSED RPO in red, as the handbook's DR report marks them.
export function MissedBadge({ target }: { target: "RTO" | "RPO" }) {
  return (
    <Badge tone="danger" className="font-mono">
      <span data-testid="missed" data-target={target}>
        MISSED {target}
      </span>
    </Badge>
  );
}

// One chip per DR test type: green when on schedule, red when overdue; the title says when it is due.
export function ScheduleChips({ schedule }: { schedule: FunctionResponse["drSchedule"] }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label="DR test schedule">
      {schedule.map((s) => (
        <li
          key={s.type}
          data-overdue={s.overdue}
          title={`${DR_TEST_LABELS[s.type]}: ${s.overdue ? "overdue since" : "due"} ${day(s.dueAt)}${s.planned ? `, planned ${day(s.planned)}` : ""}`}
          className={cn(
            "rounded border px-1 py-0.5 text-[11px] whitespace-nowrap",
            s.overdue
              ? "border-danger/40 bg-danger/10 font-medium text-danger"
              : "border-success/30 bg-success/10 text-success",
          )}
        >
          {DR_TEST_SHORT[s.type]}
          {s.overdue ? " overdue" : ""}
        </li>
      ))}
    </ul>
  );
}
