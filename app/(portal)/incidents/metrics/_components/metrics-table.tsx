"use client";
// Per-severity figures next to the handbook targets: the precise view, and the accessible equivalent of the charts.
import { Compliance, MeanTime } from "@/app/(portal)/incidents/metrics/_components/metrics-cells";
import { formatMinutes } from "@/app/(portal)/incidents/metrics/_components/metrics-format";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { cn } from "@/components/ui/cn";
import { FigureTable, type FigureColumn } from "@/components/ui/figure-table";
import type { SeverityMetrics } from "@/lib/client/incident-metrics";
import { RESOLUTION_MINUTES, RESPONSE_MINUTES, SEVERITY_LABELS } from "@/lib/incidents/sla";

// A clock's figures: how many stopped it, their mean minutes, and the share that stopped it within its target.
type Keys = readonly [
  "acknowledged" | "resolved",
  "mttaMinutes" | "mttrMinutes",
  "responseCompliance" | "resolutionCompliance",
];
type Clock = { group: string; done: string; mean: string; keys: Keys; targets: typeof RESPONSE_MINUTES };

const CLOCKS: Clock[] = [
  {
    group: "Response",
    done: "Acknowledged",
    mean: "MTTA",
    keys: ["acknowledged", "mttaMinutes", "responseCompliance"],
    targets: RESPONSE_MINUTES,
  },
  {
    group: "Resolution",
    done: "Resolved",
    mean: "MTTR",
    keys: ["resolved", "mttrMinutes", "resolutionCompliance"],
    targets: RESOLUTION_MINUTES,
  },
];

// Each clock's four columns under its group header: how many stopped it, the mean, the target, the share within it.
const clockColumns = ({
  group,
  done,
  mean,
  keys: [count, minutes, share],
  targets,
}: Clock): FigureColumn<SeverityMetrics>[] => [
  { id: `${group}-count`, group, header: done, cell: (r) => r[count] },
  {
    id: `${group}-mean`,
    group,
    header: mean,
    cell: (r) => <MeanTime minutes={r[minutes]} target={targets[r.severity]} />,
  },
  {
    id: `${group}-target`,
    group,
    header: (
      <>
        <span className="sr-only">{group} </span>Target
      </>
    ),
    className: "text-muted",
    cell: (r) => formatMinutes(targets[r.severity]),
  },
  {
    id: `${group}-share`,
    group,
    header: "Within SLA",
    cell: (r) => <Compliance share={r[share]} of={done.toLowerCase()} />,
  },
];

const COLUMNS: FigureColumn<SeverityMetrics>[] = [
  { id: "incidents", header: "Incidents", cell: (r) => r.incidents },
  ...CLOCKS.flatMap(clockColumns),
];

export function MetricsTable({ rows, isStale }: { rows: SeverityMetrics[]; isStale: boolean }) {
  return (
    <FigureTable
      caption="Incident response and resolution by severity, against the handbook targets"
      testId="metrics-table"
      scrollLabel="Response and resolution by severity"
      className={cn("rounded-lg border border-border bg-surface transition-opacity", isStale && "opacity-60")}
      isRoomy
      isBusy={isStale}
      describedBy="metrics-table-note"
      rows={rows}
      rowKey={(r) => r.severity}
      rowAttributes={(r) => ({ "data-testid": "metrics-row", "data-severity": r.severity })}
      rowClassName="hover:bg-surface-2"
      rowHeader={{
        id: "severity",
        header: "Severity",
        className: "pl-3",
        cell: (r) => (
          <span className="inline-flex items-center gap-2">
            <SeverityBadge severity={r.severity} />
            <span className="text-muted">{SEVERITY_LABELS[r.severity].split(" - ")[1]}</span>
          </span>
        ),
      }}
      columns={COLUMNS}
    />
  );
}
