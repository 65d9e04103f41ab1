"use client";
// Two pictures of the table's figures. Mean times are drawn as a share of each severity's own target, so a
// 15-minute P1 clock and a 24-hour P4 clock sit on one axis; 100 % is the target.
import {
  COMPLIANCE_TARGET,
  formatMinutes,
  toPercent,
} from "@/app/(portal)/incidents/metrics/_components/metrics-format";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import type { ChartRow } from "@/components/charts/chart-types";
import type { SeverityMetrics } from "@/lib/client/incident-metrics";
import { RESOLUTION_MINUTES, RESPONSE_MINUTES } from "@/lib/incidents/sla";

const RESPONSE_COLOR = "var(--accent)";
const RESOLUTION_COLOR = "var(--muted)";
const percentTick = (v: number) => `${v} %`;
const TIME_STEPS = [25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000];

const share = (v: number | null) => (v === null ? null : toPercent(v));
const shareOfTarget = (minutes: number | null, target: number) =>
  minutes === null ? null : Math.round((minutes / target) * 100);

// The charts' text alternative names the bars on the wrong side of the line; past three it counts them
// and points at the table, which has every figure.
function describeMisses(misses: string[], total: number, what: string) {
  if (!misses.length) return `None ${what}.`;
  if (misses.length <= 3) return `${misses.join(", ")} ${misses.length === 1 ? "is" : "are"} ${what}.`;
  return `${misses.length} of ${total} figures are ${what}; the table below has each one.`;
}

// Every bar of a chart as [name, value] ("P1 response", 97.5), leaving out the ones with no data.
function namedFigures<R extends { severity: string }, K extends keyof R & string>(
  rows: R[],
  names: Record<K, string>,
): [string, number][] {
  const keys = Object.keys(names) as K[];
  return rows.flatMap((row) =>
    keys.flatMap((key): [string, number][] => {
      const value = row[key];
      return typeof value === "number" ? [[`${row.severity} ${names[key]}`, value]] : [];
    }),
  );
}

// Ticks at a round step, with headroom above the tallest bar and the 100 % line always in view.
function timeAxis(values: number[]) {
  const top = Math.max(100, ...values) * 1.1;
  const step = TIME_STEPS.find((s) => top / s <= 5) ?? 25_000;
  const max = Math.ceil(top / step) * step;
  return {
    domain: [0, max] as [number, number],
    ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step),
  };
}

export function MetricsCharts({ rows }: { rows: SeverityMetrics[] }) {
  const compliance = rows.map((r) => ({
    severity: r.severity,
    response: share(r.responseCompliance),
    resolution: share(r.resolutionCompliance),
  }));
  const times = rows.map((r) => ({
    severity: r.severity,
    mtta: shareOfTarget(r.mttaMinutes, RESPONSE_MINUTES[r.severity]),
    mttr: shareOfTarget(r.mttrMinutes, RESOLUTION_MINUTES[r.severity]),
  }));

  const complianceFigures = namedFigures(compliance, { response: "response", resolution: "resolution" });
  const belowTarget = complianceFigures
    .filter(([, v]) => v < COMPLIANCE_TARGET)
    .map(([name, v]) => `${name} (${v} %)`);
  const timeFigures = namedFigures(times, { mtta: "MTTA", mttr: "MTTR" });
  const overTarget = timeFigures.filter(([, v]) => v > 100).map(([name, v]) => `${name} (${v} % of target)`);
  const axis = timeAxis(timeFigures.map(([, v]) => v));

  const describeTime = (value: number, key: string, category: string) => {
    const row = rows.find((r) => r.severity === category);
    if (!row) return `${value} %`;
    const [minutes, target] =
      key === "mtta"
        ? [row.mttaMinutes, RESPONSE_MINUTES[row.severity]]
        : [row.mttrMinutes, RESOLUTION_MINUTES[row.severity]];
    return `${value} % (${formatMinutes(minutes)} vs ${formatMinutes(target)})`;
  };

  return (
    <div className="mb-4 grid gap-3 lg:grid-cols-2">
      <BarChartCard
        testId="compliance-chart"
        title="SLA compliance by severity"
        summary={`Share of acknowledged and of resolved incidents that met their SLA clock; the dashed line is the ${COMPLIANCE_TARGET} % target. ${describeMisses(belowTarget, complianceFigures.length, "below target")}`}
        data={compliance satisfies ChartRow[]}
        categoryKey="severity"
        series={[
          { key: "response", name: "Response within SLA", color: RESPONSE_COLOR },
          { key: "resolution", name: "Resolution within SLA", color: RESOLUTION_COLOR },
        ]}
        yDomain={[0, 100]}
        yTicks={[0, 25, 50, 75, 100]}
        formatTick={percentTick}
        formatValue={(v) => `${v.toFixed(1)} %`}
        referenceLines={[{ y: COMPLIANCE_TARGET, label: "Target", color: "var(--success)" }]}
      />
      <BarChartCard
        testId="mean-time-chart"
        title="Mean times as a share of the handbook target"
        summary={`MTTA against each severity's response target, MTTR against its resolution target; above the 100 % line is slower than target. ${describeMisses(overTarget, timeFigures.length, "over target")}`}
        data={times satisfies ChartRow[]}
        categoryKey="severity"
        series={[
          { key: "mtta", name: "MTTA, % of response target", color: RESPONSE_COLOR },
          { key: "mttr", name: "MTTR, % of resolution target", color: RESOLUTION_COLOR },
        ]}
        yDomain={axis.domain}
        yTicks={axis.ticks}
        formatTick={percentTick}
        formatValue={describeTime}
        referenceLines={[{ y: 100, label: "Target", color: "var(--warning)" }]}
      />
    </div>
  );
}
