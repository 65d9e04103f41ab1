"use client";
// The executive dashboard's trends over the 12 months ending with the period: incidents per month by
// severity, and MTTA and MTTR per month. Each chart has its figures in a table under it, and each count
// links to the incidents it counts.
import { formatMinutes } from "@/app/(portal)/incidents/metrics/_components/metrics-format";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import type { ChartRow } from "@/components/charts/chart-types";
import { LineChartCard } from "@/components/charts/line-chart-card";
import { incidentsHref, monthLabel, monthLong, monthRange, plural } from "./format";
import { CHART_IN_PANEL, ChartPanel, MoreLink } from "./parts";
import { FigureDetails, FigureTable, type FigureColumn } from "@/components/ui/figure-table";
import { FigureLink } from "@/components/ui/stat";
import type { ExecutiveDashboard } from "@/lib/dashboards/schemas";
import { SEVERITIES, type Severity } from "@/lib/incidents/sla";

export const SEVERITY_COLORS: Record<Severity, string> = {
  P1: "var(--danger)",
  P2: "var(--warning)",
  P3: "var(--accent)",
  P4: "var(--muted)",
};

type Month = ExecutiveDashboard["incidentTrend"][number];

// A month per row, as the trends count them: the table behind a monthly chart.
function MonthlyTable<T extends { month: string }>({
  summary,
  testId,
  ...table
}: {
  summary: string;
  testId: string;
  caption: string;
  rows: T[];
  columns: FigureColumn<T>[];
}) {
  return (
    <FigureDetails summary={summary} testId={testId}>
      <FigureTable
        {...table}
        rowKey={(m) => m.month}
        rowHeader={{ id: "month", header: "Month", cell: (m) => monthLong(m.month) }}
      />
    </FigureDetails>
  );
}
const monthTotal = (m: Month) => SEVERITIES.reduce((n, s) => n + m[s], 0);

export function IncidentTrend({ trend }: { trend: ExecutiveDashboard["incidentTrend"] }) {
  // Each figure links to the incidents it counts: a cell to its month and severity, a header to the 12 months.
  const span = trend.length
    ? { from: monthRange(trend[0]!.month).from, to: monthRange(trend.at(-1)!.month).to }
    : null;
  const severityHref = (s: Severity) =>
    span ? incidentsHref({ ...span, severity: s }) : `/incidents?severity=${s}&status=all`;
  const rows = trend.map((m) => ({
    month: monthLabel(m.month),
    P1: m.P1,
    P2: m.P2,
    P3: m.P3,
    P4: m.P4,
  })) satisfies ChartRow[];
  const totals = Object.fromEntries(
    SEVERITIES.map((s) => [s, trend.reduce((n, m) => n + m[s], 0)]),
  ) as Record<Severity, number>;
  const all = trend.reduce((n, m) => n + monthTotal(m), 0);
  const first = trend[0];
  const last = trend.at(-1);
  const summary = `${plural(all, "incident")} created ${first && last ? `${monthLong(first.month)} – ${monthLong(last.month)}` : "in the last 12 months"}: ${SEVERITIES.map((s) => `${totals[s]} ${s}`).join(", ")}.`;
  return (
    <BarChartCard
      stacked
      testId="incident-trend"
      title="Incidents per month by severity"
      summary={summary}
      data={rows}
      categoryKey="month"
      series={SEVERITIES.map((s) => ({ key: s, name: s, color: SEVERITY_COLORS[s] }))}
    >
      <MonthlyTable
        summary="incidents per month"
        testId="incident-trend-table"
        caption="Incidents created per month by severity"
        rows={trend}
        columns={[
          ...SEVERITIES.map((s) => ({
            id: s,
            header: (
              <FigureLink
                isPlain
                href={severityHref(s)}
                title={`The ${totals[s]} ${s} incidents of these 12 months`}
                count={span ? totals[s] : undefined}
              >
                {s}
              </FigureLink>
            ),
            className: (m: Month) => m[s] === 0 && "text-muted",
            cell: (m: Month) => (
              <FigureLink
                isPlain
                href={m[s] ? incidentsHref({ ...monthRange(m.month), severity: s }) : undefined}
                title={m[s] ? `The ${m[s]} ${s} incidents of ${monthLong(m.month)}` : undefined}
                count={m[s]}
              >
                {m[s]}
              </FigureLink>
            ),
          })),
          {
            id: "total",
            header: "Total",
            className: "font-semibold",
            cell: (m: Month) => (
              <FigureLink
                isPlain
                href={monthTotal(m) ? incidentsHref(monthRange(m.month)) : undefined}
                title={`Every incident of ${monthLong(m.month)}`}
                testId="trend-month-total"
                count={monthTotal(m)}
              >
                {monthTotal(m)}
              </FigureLink>
            ),
          },
        ]}
      />
    </BarChartCard>
  );
}

// The two mean-time charts (their scales differ a hundredfold): series, title, unit, legend, colour, and
// the minutes in one unit of the chart.
const MEAN_TIME_CHARTS = [
  ["mtta", "Mean time to acknowledge", "Minutes", "MTTA (min)", "var(--accent)", 1],
  ["mttr", "Mean time to resolve", "Hours", "MTTR (h)", "var(--warning)", 60],
] as const;

export function ResponseTrend({
  trend,
  metricsHref,
}: {
  trend: ExecutiveDashboard["responseTrend"];
  metricsHref: string;
}) {
  const rows = trend.map((m) => ({
    month: monthLabel(m.month),
    mtta: m.mttaMinutes === null ? null : Math.round(m.mttaMinutes * 10) / 10,
    mttr: m.mttrMinutes === null ? null : Math.round((m.mttrMinutes / 60) * 10) / 10,
  })) satisfies ChartRow[];
  const measured = trend.filter((m) => m.mttaMinutes !== null || m.mttrMinutes !== null);
  const latest = measured.at(-1);
  const summary = latest
    ? `Latest measured month, ${monthLong(latest.month)}: MTTA ${formatMinutes(latest.mttaMinutes)}, MTTR ${formatMinutes(latest.mttrMinutes)}. Months without incidents leave a gap.`
    : "No incident was acknowledged or resolved in these 12 months.";
  return (
    <ChartPanel testId="response-trend">
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold">MTTA and MTTR by month</h2>
        <MoreLink href={metricsHref}>Incident metrics</MoreLink>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {MEAN_TIME_CHARTS.map(([key, title, unit, name, color, minutes]) => (
          <LineChartCard
            key={key}
            className={CHART_IN_PANEL}
            title={title}
            summary={`${unit}, all severities`}
            data={rows}
            categoryKey="month"
            series={[{ key, name, color }]}
            formatValue={(v) => formatMinutes(v * minutes)}
            height={170}
          />
        ))}
      </div>
      <p className="mt-1 text-xs text-muted">{summary}</p>
      <MonthlyTable
        summary="MTTA and MTTR per month"
        testId="response-trend-table"
        caption="Mean time to acknowledge and to resolve per month"
        rows={trend}
        columns={[
          { id: "mtta", header: "MTTA", cell: (m) => formatMinutes(m.mttaMinutes) },
          { id: "mttr", header: "MTTR", cell: (m) => formatMinutes(m.mttrMinutes) },
        ]}
      />
    </ChartPanel>
  );
}
