// The business function list's columns: on a phone card the criticality and flags lead, the name and
// recovery objectives follow.
import Link from "next/link";
import { ScheduleChips } from "@/app/(portal)/continuity/_components/continuity-badges";
import { CriticalityBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { FlagBadges } from "@/app/(portal)/continuity/_components/function-flags";
import { LastTest } from "@/app/(portal)/continuity/_components/last-test";
import type { DataTableColumn } from "@/components/ui/data-table";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export const FUNCTION_COLUMNS: DataTableColumn<FunctionResponse>[] = [
  {
    id: "function",
    header: "Function",
    phone: "main",
    className: "max-w-xs align-top",
    cell: (f) => (
      <>
        <Link
          href={`/continuity/${f.id}`}
          className="font-medium hover:underline max-md:inline-flex max-md:min-h-11 max-md:items-center"
        >
          {f.name}
        </Link>
        {f.description ? (
          <div className="truncate text-xs text-muted" title={f.description}>
            {f.description}
          </div>
        ) : null}
      </>
    ),
  },
  {
    id: "criticality",
    header: "Criticality",
    phone: "lead",
    className: "align-top",
    cell: (f) => <CriticalityBadge criticality={f.criticality} />,
  },
  {
    id: "objectives",
    header: "RTO / RPO",
    phone: "meta",
    phoneLabel: true,
    className: "align-top font-mono text-xs whitespace-nowrap",
    cell: (f) => `${hours(f.rtoHours)} / ${hours(f.rpoHours)}`,
  },
  {
    id: "dependencies",
    header: "Depends on",
    phone: "meta",
    phoneLabel: true,
    className: "align-top text-xs whitespace-nowrap",
    cell: (f) => (
      <>
        {f.dependencies.length}
        {f.slowDependencies.length ? (
          <span className="font-semibold text-danger"> · {f.slowDependencies.length} slow</span>
        ) : null}
        {f.unknownRecovery.length ? (
          <span className="text-muted"> · {f.unknownRecovery.length} unknown</span>
        ) : null}
      </>
    ),
  },
  {
    id: "schedule",
    header: "DR schedule",
    phone: "hidden",
    className: "align-top",
    cell: (f) => <ScheduleChips schedule={f.drSchedule} />,
  },
  {
    id: "last-test",
    header: "Last test",
    phone: "hidden",
    className: "align-top",
    cell: (f) => <LastTest fn={f} />,
  },
  {
    id: "flags",
    header: "Flags",
    phone: "lead",
    className: "align-top",
    cell: (f) => <FlagBadges fn={f} />,
  },
];
