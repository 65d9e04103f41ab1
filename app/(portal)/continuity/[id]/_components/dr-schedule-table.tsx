// The handbook's DR test schedule for this function: when each type was last done, when the next is due,
// whether it is overdue, and the next one planned.
import { DR_TEST_CADENCE, day } from "@/app/(portal)/continuity/_components/continuity-labels";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { DR_TEST_LABELS } from "@/lib/continuity/rules";
import type { FunctionResponse } from "@/lib/continuity/schemas";

type Entry = FunctionResponse["drSchedule"][number];

const COLUMNS: DataTableColumn<Entry>[] = [
  {
    id: "test",
    header: "Test",
    phone: "lead",
    cell: (s) => (
      <>
        {DR_TEST_LABELS[s.type]} <span className="text-xs text-muted">{DR_TEST_CADENCE[s.type]}</span>
      </>
    ),
  },
  {
    id: "last",
    header: "Last done",
    phone: "meta",
    phoneLabel: true,
    className: "font-mono text-xs",
    cell: (s) => (s.lastDone ? day(s.lastDone) : <span className="text-muted">never</span>),
  },
  {
    id: "due",
    header: "Due",
    phone: "meta",
    phoneLabel: true,
    className: (s) => (s.overdue ? "font-mono text-xs font-semibold text-danger" : "font-mono text-xs"),
    cell: (s) => day(s.dueAt),
  },
  {
    id: "planned",
    header: "Planned",
    phone: "meta",
    phoneLabel: true,
    className: "font-mono text-xs",
    cell: (s) => (s.planned ? day(s.planned) : <span className="text-muted">—</span>),
  },
  {
    id: "status",
    header: "Status",
    phone: "trail",
    cell: (s) =>
      s.overdue ? <Badge tone="danger">Overdue</Badge> : <Badge tone="success">On schedule</Badge>,
  },
];

export function DrScheduleTable({ schedule }: { schedule: FunctionResponse["drSchedule"] }) {
  return (
    <section aria-labelledby="schedule-heading" className="rounded-lg border border-border bg-surface p-3">
      <h2 id="schedule-heading" className="mb-2 text-xs font-medium text-muted uppercase">
        DR test schedule
      </h2>
      <div data-testid="dr-schedule">
        <DataTable
          label="DR test schedule"
          isScrollRegion
          columns={COLUMNS}
          rows={schedule}
          rowKey={(s) => s.type}
          rowAttributes={(s) => ({ "data-type": s.type, "data-overdue": String(s.overdue) })}
          empty={{ title: "No DR tests are due for this function." }}
        />
      </div>
    </section>
  );
}
