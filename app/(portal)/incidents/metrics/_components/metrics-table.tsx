"use client";
// Per-severity figures next to the handbook targets: the precise view, and the accessible equivalent of the charts.
import { TriangleAlert } from "lucide-react";
import {
  complianceTone,
  formatMinutes,
  formatPercent,
  isOverTarget,
} from "@/app/(portal)/incidents/metrics/_components/metrics-format";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { scrollRegion } from "@/components/ui/scroll-region";
import type { SeverityMetrics } from "@/lib/client/incident-metrics";
import { RESOLUTION_MINUTES, RESPONSE_MINUTES, SEVERITY_LABELS } from "@/lib/incidents/sla";

const TH = "px-2 py-1.5 font-medium text-right";
const TD = "px-2 py-1.5 text-right font-mono tabular-nums whitespace-nowrap";

function MeanTime({ minutes, target }: { minutes: number | null; target: number }) {
  if (!isOverTarget(minutes, target))
    return <span className={cn(minutes === null && "text-muted")}>{formatMinutes(minutes)}</span>;
  return (
    <span
      className="inline-flex items-center gap-1 font-semibold text-warning"
      title={`Above the ${formatMinutes(target)} target`}
    >
      <TriangleAlert aria-hidden className="size-3.5" />
      {formatMinutes(minutes)}
      <span className="sr-only">, above target</span>
    </span>
  );
}

function Compliance({ share, of }: { share: number | null; of: string }) {
  if (share === null)
    return (
      <span className="text-muted" title={`No ${of} incidents in the period`}>
        —
      </span>
    );
  return (
    <Badge tone={complianceTone(share)} className="font-mono tabular-nums">
      {formatPercent(share)}
    </Badge>
  );
}

export function MetricsTable({ rows, isStale }: { rows: SeverityMetrics[]; isStale: boolean }) {
  return (
    <div
      {...scrollRegion("Response and resolution by severity")}
      className={cn(
        "overflow-x-auto rounded-lg border border-border bg-surface transition-opacity",
        isStale && "opacity-60",
      )}
    >
      <table
        data-testid="metrics-table"
        className="w-full text-sm"
        aria-busy={isStale}
        aria-describedby="metrics-table-note"
      >
        <caption className="sr-only">
          Incident response and resolution by severity, against the handbook targets
        </caption>
        <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
          <tr>
            <th scope="col" rowSpan={2} className="py-1.5 pr-2 pl-3 text-left font-medium">
              Severity
            </th>
            <th scope="col" rowSpan={2} className={TH}>
              Incidents
            </th>
            <th
              scope="colgroup"
              colSpan={4}
              className="border-l border-border px-2 pt-1.5 text-center font-medium"
            >
              Response
            </th>
            <th
              scope="colgroup"
              colSpan={4}
              className="border-l border-border px-2 pt-1.5 text-center font-medium"
            >
              Resolution
            </th>
          </tr>
          <tr>
            <th scope="col" className={cn(TH, "border-l border-border")}>
              Acknowledged
            </th>
            <th scope="col" className={TH}>
              MTTA
            </th>
            <th scope="col" className={TH}>
              <span className="sr-only">Response </span>Target
            </th>
            <th scope="col" className={TH}>
              Within SLA
            </th>
            <th scope="col" className={cn(TH, "border-l border-border")}>
              Resolved
            </th>
            <th scope="col" className={TH}>
              MTTR
            </th>
            <th scope="col" className={TH}>
              <span className="sr-only">Resolution </span>Target
            </th>
            <th scope="col" className={TH}>
              Within SLA
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.severity}
              data-testid="metrics-row"
              data-severity={r.severity}
              className="border-b border-border last:border-0 hover:bg-surface-2"
            >
              <th scope="row" className="py-1.5 pr-2 pl-3 text-left font-normal whitespace-nowrap">
                <span className="inline-flex items-center gap-2">
                  <SeverityBadge severity={r.severity} />
                  <span className="text-muted">{SEVERITY_LABELS[r.severity].split(" - ")[1]}</span>
                </span>
              </th>
              <td className={TD}>{r.incidents}</td>
              <td className={cn(TD, "border-l border-border")}>{r.acknowledged}</td>
              <td className={TD}>
                <MeanTime minutes={r.mttaMinutes} target={RESPONSE_MINUTES[r.severity]} />
              </td>
              <td className={cn(TD, "text-muted")}>{formatMinutes(RESPONSE_MINUTES[r.severity])}</td>
              <td className={TD}>
                <Compliance share={r.responseCompliance} of="acknowledged" />
              </td>
              <td className={cn(TD, "border-l border-border")}>{r.resolved}</td>
              <td className={TD}>
                <MeanTime minutes={r.mttrMinutes} target={RESOLUTION_MINUTES[r.severity]} />
              </td>
              <td className={cn(TD, "text-muted")}>{formatMinutes(RESOLUTION_MINUTES[r.severity])}</td>
              <td className={TD}>
                <Compliance share={r.resolutionCompliance} of="resolved" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
