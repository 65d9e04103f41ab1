"use client";
// The executive dashboard's trend and scorecard sections. Each chart has its figures in a table under
// it, and each figure links to the list it was counted from.
import Link from "next/link";
import {
  COMPLIANCE_TARGET,
  complianceTone,
  formatPercent,
  isOverTarget,
  toPercent,
} from "@/app/(portal)/incidents/metrics/_components/metrics-format";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { ACTION_LABELS, ACTION_TONES } from "@/app/(portal)/vendors/_components/vendor-labels";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import type { ChartRow } from "@/components/charts/chart-types";
import { LineChartCard } from "@/components/charts/line-chart-card";
import {
  finishedChangesHref,
  formatMinutes,
  formatShare,
  incidentsHref,
  monthLabel,
  monthLong,
  monthRange,
  plural,
} from "./format";
import {
  CHART_IN_PANEL,
  ChartPanel,
  FigureLink,
  FigureTable,
  ROW,
  Section,
  Stat,
  TABLE,
  TD,
  TDR,
  TH,
  THEAD,
  THR,
  TONE_TEXT,
  type Tone,
} from "./parts";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { CHANGE_SUCCESS_DEFINITION, describeChangeSuccess } from "@/lib/changes/change-success";
import type { ExecutiveDashboard } from "@/lib/dashboards/schemas";
import { RESOLUTION_MINUTES, RESPONSE_MINUTES, SEVERITIES, type Severity } from "@/lib/incidents/sla";

export const SEVERITY_COLORS: Record<Severity, string> = {
  P1: "var(--danger)",
  P2: "var(--warning)",
  P3: "var(--accent)",
  P4: "var(--muted)",
};

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
  const all = SEVERITIES.reduce((n, s) => n + totals[s], 0);
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
      <FigureTable caption="incidents per month" testId="incident-trend-table">
        <table className={TABLE}>
          <caption className="sr-only">Incidents created per month by severity</caption>
          <thead className={THEAD}>
            <tr>
              <th scope="col" className={TH}>
                Month
              </th>
              {SEVERITIES.map((s) => (
                <th key={s} scope="col" className={THR}>
                  <Link
                    href={severityHref(s)}
                    className="hover:underline"
                    title={`The ${totals[s]} ${s} incidents of these 12 months`}
                    data-figure-count={span ? totals[s] : undefined}
                  >
                    {s}
                  </Link>
                </th>
              ))}
              <th scope="col" className={THR}>
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.map((m) => (
              <tr key={m.month} className={ROW}>
                <th scope="row" className={cn(TD, "text-left font-normal whitespace-nowrap")}>
                  {monthLong(m.month)}
                </th>
                {SEVERITIES.map((s) => (
                  <td key={s} className={cn(TDR, m[s] === 0 && "text-muted")}>
                    {m[s] ? (
                      <Link
                        href={incidentsHref({ ...monthRange(m.month), severity: s })}
                        className="hover:underline"
                        title={`The ${m[s]} ${s} incidents of ${monthLong(m.month)}`}
                        data-figure-count={m[s]}
                      >
                        {m[s]}
                      </Link>
                    ) : (
                      m[s]
                    )}
                  </td>
                ))}
                <td className={cn(TDR, "font-semibold")}>
                  {SEVERITIES.some((s) => m[s]) ? (
                    <Link
                      href={incidentsHref(monthRange(m.month))}
                      className="hover:underline"
                      title={`Every incident of ${monthLong(m.month)}`}
                      data-testid="trend-month-total"
                      data-figure-count={SEVERITIES.reduce((n, s) => n + m[s], 0)}
                    >
                      {SEVERITIES.reduce((n, s) => n + m[s], 0)}
                    </Link>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </FigureTable>
    </BarChartCard>
  );
}

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
        <Link href={metricsHref} className="text-xs text-accent hover:underline">
          Incident metrics →
        </Link>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <LineChartCard
          className={CHART_IN_PANEL}
          title="Mean time to acknowledge"
          summary="Minutes, all severities"
          data={rows}
          categoryKey="month"
          series={[{ key: "mtta", name: "MTTA (min)", color: "var(--accent)" }]}
          formatValue={(v) => formatMinutes(v)}
          height={170}
        />
        <LineChartCard
          className={CHART_IN_PANEL}
          title="Mean time to resolve"
          summary="Hours, all severities"
          data={rows}
          categoryKey="month"
          series={[{ key: "mttr", name: "MTTR (h)", color: "var(--warning)" }]}
          formatValue={(v) => formatMinutes(v * 60)}
          height={170}
        />
      </div>
      <p className="mt-1 text-xs text-muted">{summary}</p>
      <FigureTable caption="MTTA and MTTR per month" testId="response-trend-table">
        <table className={TABLE}>
          <caption className="sr-only">Mean time to acknowledge and to resolve per month</caption>
          <thead className={THEAD}>
            <tr>
              <th scope="col" className={TH}>
                Month
              </th>
              <th scope="col" className={THR}>
                MTTA
              </th>
              <th scope="col" className={THR}>
                MTTR
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.map((m) => (
              <tr key={m.month} className={ROW}>
                <th scope="row" className={cn(TD, "text-left font-normal whitespace-nowrap")}>
                  {monthLong(m.month)}
                </th>
                <td className={TDR}>{formatMinutes(m.mttaMinutes)}</td>
                <td className={TDR}>{formatMinutes(m.mttrMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </FigureTable>
    </ChartPanel>
  );
}

function Compliance({ share }: { share: number | null }) {
  if (share === null) return <span className="text-muted">—</span>;
  return (
    <Badge tone={complianceTone(share)} className="font-mono tabular-nums">
      {formatPercent(share)}
    </Badge>
  );
}

function MeanTime({ minutes, target }: { minutes: number | null; target: number }) {
  const over = isOverTarget(minutes, target);
  return (
    <span className={cn(over && "font-semibold text-warning")} title={`Target ${formatMinutes(target)}`}>
      {formatMinutes(minutes)}
      {over ? <span className="sr-only">, above the target</span> : null}
    </span>
  );
}

export function ComplianceSection({
  compliance,
  metricsHref,
  period,
}: {
  compliance: ExecutiveDashboard["compliance"];
  metricsHref: string;
  period: { from: string; to: string };
}) {
  const rows = compliance.map((c) => ({
    severity: c.severity,
    response: c.responseCompliance === null ? null : toPercent(c.responseCompliance),
    resolution: c.resolutionCompliance === null ? null : toPercent(c.resolutionCompliance),
  })) satisfies ChartRow[];
  const below = rows
    .flatMap((r) => [
      r.response !== null && r.response < COMPLIANCE_TARGET
        ? `${r.severity} response (${r.response} %)`
        : null,
      r.resolution !== null && r.resolution < COMPLIANCE_TARGET
        ? `${r.severity} resolution (${r.resolution} %)`
        : null,
    ])
    .filter((x): x is string => x !== null);
  return (
    <ChartPanel testId="sla-compliance">
      <div className="relative overflow-x-auto">
        <table className={TABLE} data-testid="compliance-table">
          <caption className="mb-1 text-left text-sm font-semibold">
            SLA compliance per severity{" "}
            <Link href={metricsHref} className="ml-1 text-xs font-normal text-accent hover:underline">
              Incident metrics →
            </Link>
          </caption>
          <thead className={THEAD}>
            <tr>
              <th scope="col" className={TH}>
                Severity
              </th>
              <th scope="col" className={THR}>
                Incidents
              </th>
              <th scope="col" className={THR}>
                MTTA
              </th>
              <th scope="col" className={THR}>
                MTTR
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Response in SLA
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Resolution in SLA
              </th>
            </tr>
          </thead>
          <tbody>
            {compliance.map((c) => (
              <tr key={c.severity} data-testid="compliance-row" data-severity={c.severity} className={ROW}>
                <th scope="row" className={cn(TD, "text-left font-normal")}>
                  <SeverityBadge severity={c.severity} />
                </th>
                <td className={TDR}>
                  <FigureLink
                    href={incidentsHref({ from: period.from, to: period.to, severity: c.severity })}
                    count={c.incidents}
                  >
                    {c.incidents}
                  </FigureLink>
                </td>
                <td className={TDR}>
                  <MeanTime minutes={c.mttaMinutes} target={RESPONSE_MINUTES[c.severity]} />
                </td>
                <td className={TDR}>
                  <MeanTime minutes={c.mttrMinutes} target={RESOLUTION_MINUTES[c.severity]} />
                </td>
                <td className={TDR}>
                  <Compliance share={c.responseCompliance} />
                </td>
                <td className={TDR}>
                  <Compliance share={c.resolutionCompliance} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <BarChartCard
        className={cn(CHART_IN_PANEL, "mt-3")}
        testId="compliance-chart"
        title="Within SLA, by severity"
        summary={`The dashed line is the ${COMPLIANCE_TARGET} % target. ${below.length ? `Below it: ${below.join(", ")}.` : "None below it."}`}
        data={rows}
        categoryKey="severity"
        series={[
          { key: "response", name: "Response", color: "var(--accent)" },
          { key: "resolution", name: "Resolution", color: "var(--muted)" },
        ]}
        yDomain={[0, 100]}
        yTicks={[0, 25, 50, 75, 100]}
        formatTick={(v) => `${v} %`}
        formatValue={(v) => `${v.toFixed(1)} %`}
        referenceLines={[{ y: COMPLIANCE_TARGET, label: "Target", color: "var(--success)" }]}
        height={180}
      />
    </ChartPanel>
  );
}

const rateTone = (rate: number | null, good: number, fair: number): Tone =>
  rate === null ? "neutral" : rate >= good ? "success" : rate >= fair ? "warning" : "danger";

export function ChangeFigures({
  changes,
  period,
}: {
  changes: ExecutiveDashboard["changes"];
  period: { from: string; to: string };
}) {
  // As change metrics count them: by when a change finished in the period, whatever its status since
  // (a completed or rolled-back change may have been closed), and by whether it was rolled back.
  const finished = finishedChangesHref(period);
  return (
    <Section
      title="Changes"
      description="Finished in the period: completed or rolled back."
      href={finished}
      linkLabel="Finished changes"
      testId="change-figures"
    >
      <div className="grid grid-cols-2 gap-2">
        <Stat
          label="Change success"
          value={formatShare(changes.successRate)}
          detail={describeChangeSuccess(changes)}
          tone={rateTone(changes.successRate, 0.9, 0.75)}
          href={finished}
          figureCount={changes.finished}
          title={CHANGE_SUCCESS_DEFINITION}
        />
        <Stat
          label="Completed"
          value={changes.completed}
          href={finishedChangesHref(period, "completed")}
          figureCount={changes.completed}
        />
        <Stat
          label="Rolled back"
          value={changes.rolledBack}
          tone={changes.rolledBack ? "warning" : "neutral"}
          href={finishedChangesHref(period, "rolled-back")}
          figureCount={changes.rolledBack}
        />
        <Stat
          label="Change-caused incidents"
          value={changes.changeCausedIncidents}
          tone={changes.changeCausedIncidents ? "danger" : "success"}
          detail="linked on the change"
          href={incidentsHref({ ...period, causedByChange: true })}
          figureCount={changes.changeCausedIncidents}
          title="Incidents reported in the period and linked to a change as their cause"
        />
      </div>
    </Section>
  );
}

export function VendorFigures({ vendors }: { vendors: ExecutiveDashboard["vendors"] }) {
  const max = Math.max(1, ...vendors.byAction.map((a) => a.count));
  return (
    <Section
      title="Vendors by recommended action"
      description={`${plural(vendors.total, "vendor")}, from their latest assessment.`}
      href="/vendors"
      linkLabel="Vendors"
      testId="vendor-figures"
    >
      <ul className="space-y-1.5">
        {vendors.byAction.map((a) => {
          const tone: Tone = a.action === "UNASSESSED" ? "neutral" : ACTION_TONES[a.action];
          const label = a.action === "UNASSESSED" ? "Not assessed" : ACTION_LABELS[a.action];
          const href = `/vendors?action=${a.action}`;
          return (
            <li key={a.action} data-testid="vendor-action" data-action={a.action}>
              <Link
                href={href}
                data-figure-count={a.count}
                className="grid grid-cols-[6.5rem_1fr_2.5rem] items-center gap-2 rounded px-1 text-sm hover:bg-surface-2"
              >
                <span>{label}</span>
                <span aria-hidden className="h-2 overflow-hidden rounded-full bg-surface-2">
                  <span
                    className={cn(
                      "block h-full rounded-full",
                      tone === "danger"
                        ? "bg-danger"
                        : tone === "warning"
                          ? "bg-warning"
                          : tone === "success"
                            ? "bg-success"
                            : "bg-muted",
                    )}
                    style={{ width: `${(a.count / max) * 100}%` }}
                  />
                </span>
                <span className={cn("text-right font-mono tabular-nums", TONE_TEXT[tone])}>{a.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs">
        <FigureLink
          href="/vendors?reviewOverdue=true"
          count={vendors.reviewsOverdue}
          className={vendors.reviewsOverdue ? "font-semibold text-warning" : "text-muted"}
        >
          {vendors.reviewsOverdue}
        </FigureLink>{" "}
        <span className="text-muted">review{vendors.reviewsOverdue === 1 ? "" : "s"} overdue</span>
      </p>
    </Section>
  );
}

export function DrFigures({ dr }: { dr: ExecutiveDashboard["dr"] }) {
  return (
    <Section
      title="DR test compliance"
      description="Every DR test type done on the handbook's schedule."
      href="/continuity"
      linkLabel="Continuity"
      testId="dr-figures"
    >
      <div className="grid grid-cols-2 gap-2">
        <Stat
          label="Compliant functions"
          value={formatShare(dr.compliance, 0)}
          detail={`${dr.compliant} of ${dr.functions}`}
          tone={rateTone(dr.compliance, 1, 0.8)}
          href="/continuity"
          figureCount={dr.functions}
        />
        <Stat
          label="Functions with overdue tests"
          value={dr.overdueFunctions}
          detail={`${dr.overdueTests} test${dr.overdueTests === 1 ? "" : "s"} overdue`}
          tone={dr.overdueTests ? "warning" : "success"}
          href="/continuity?dr=overdue"
          figureCount={dr.overdueFunctions}
        />
        <Stat
          label="Missed RTO / RPO"
          value={dr.missedFunctions}
          detail={`function${dr.missedFunctions === 1 ? "" : "s"}; ${dr.missedTargets} test${dr.missedTargets === 1 ? "" : "s"} in 13 months`}
          tone={dr.missedTargets ? "danger" : "success"}
          href="/continuity?dr=missed"
          figureCount={dr.missedFunctions}
        />
      </div>
    </Section>
  );
}
