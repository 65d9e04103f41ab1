"use client";
// The executive dashboard's scorecard sections: SLA compliance per severity, changes, vendors and DR
// tests. Each figure links to the list it was counted from.
import { COMPLIANCE_TARGET, toPercent } from "@/app/(portal)/incidents/metrics/_components/metrics-format";
import { Compliance, MeanTime } from "@/app/(portal)/incidents/metrics/_components/metrics-cells";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { ACTION_LABELS, ACTION_TONES } from "@/app/(portal)/vendors/_components/vendor-labels";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import type { ChartRow } from "@/components/charts/chart-types";
import { finishedChangesHref, formatShare, incidentsHref, plural } from "./format";
import { CHART_IN_PANEL, ChartPanel, MoreLink, Section } from "./parts";
import { cn } from "@/components/ui/cn";
import { FigureTable } from "@/components/ui/figure-table";
import { FigureLink, rateTone, ShareBar, StatGrid, TONE_TEXT, type Tone } from "@/components/ui/stat";
import { CHANGE_SUCCESS_DEFINITION, describeChangeSuccess } from "@/lib/changes/change-success";
import type { ExecutiveDashboard } from "@/lib/dashboards/schemas";
import { RESOLUTION_MINUTES, RESPONSE_MINUTES } from "@/lib/incidents/sla";

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
      <FigureTable
        caption={
          <>
            SLA compliance per severity{" "}
            <MoreLink href={metricsHref} className="ml-1">
              Incident metrics
            </MoreLink>
          </>
        }
        isCaptionShown
        testId="compliance-table"
        rows={compliance}
        rowKey={(c) => c.severity}
        rowAttributes={(c) => ({ "data-testid": "compliance-row", "data-severity": c.severity })}
        rowHeader={{
          id: "severity",
          header: "Severity",
          cell: (c) => <SeverityBadge severity={c.severity} />,
        }}
        columns={[
          {
            id: "incidents",
            header: "Incidents",
            cell: (c) => (
              <FigureLink href={incidentsHref({ ...period, severity: c.severity })} count={c.incidents}>
                {c.incidents}
              </FigureLink>
            ),
          },
          {
            id: "mtta",
            header: "MTTA",
            cell: (c) => <MeanTime minutes={c.mttaMinutes} target={RESPONSE_MINUTES[c.severity]} />,
          },
          {
            id: "mttr",
            header: "MTTR",
            cell: (c) => <MeanTime minutes={c.mttrMinutes} target={RESOLUTION_MINUTES[c.severity]} />,
          },
          {
            id: "response",
            header: <span className="whitespace-normal">Response in SLA</span>,
            cell: (c) => <Compliance share={c.responseCompliance} of="acknowledged" />,
          },
          {
            id: "resolution",
            header: <span className="whitespace-normal">Resolution in SLA</span>,
            cell: (c) => <Compliance share={c.resolutionCompliance} of="resolved" />,
          },
        ]}
      />
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
      <StatGrid
        className="grid-cols-2"
        stats={[
          {
            label: "Change success",
            value: formatShare(changes.successRate),
            detail: describeChangeSuccess(changes),
            tone: rateTone(changes.successRate, 0.9, 0.75),
            href: finished,
            figureCount: changes.finished,
            title: CHANGE_SUCCESS_DEFINITION,
          },
          { label: "Completed", count: changes.completed, href: finishedChangesHref(period, "completed") },
          {
            label: "Rolled back",
            count: changes.rolledBack,
            tone: changes.rolledBack ? "warning" : "neutral",
            href: finishedChangesHref(period, "rolled-back"),
          },
          {
            label: "Change-caused incidents",
            count: changes.changeCausedIncidents,
            tone: changes.changeCausedIncidents ? "danger" : "success",
            detail: "linked on the change",
            href: incidentsHref({ ...period, causedByChange: true }),
            title: "Incidents reported in the period and linked to a change as their cause",
          },
        ]}
      />
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
          return (
            <li key={a.action} data-testid="vendor-action" data-action={a.action}>
              <FigureLink
                isPlain
                href={`/vendors?action=${a.action}`}
                count={a.count}
                className="grid grid-cols-[6.5rem_1fr_2.5rem] items-center gap-2 rounded px-1 text-sm hover:bg-surface-2 hover:no-underline"
              >
                <span>{label}</span>
                <ShareBar share={a.count / max} tone={tone} />
                <span className={cn("text-right font-mono tabular-nums", TONE_TEXT[tone])}>{a.count}</span>
              </FigureLink>
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
      <StatGrid
        className="grid-cols-2"
        stats={[
          {
            label: "Compliant functions",
            value: formatShare(dr.compliance, 0),
            detail: `${dr.compliant} of ${dr.functions}`,
            tone: rateTone(dr.compliance, 1, 0.8),
            href: "/continuity",
            figureCount: dr.functions,
          },
          {
            label: "Functions with overdue tests",
            count: dr.overdueFunctions,
            detail: plural(dr.overdueTests, "test") + " overdue",
            tone: dr.overdueTests ? "warning" : "success",
            href: "/continuity?dr=overdue",
          },
          {
            label: "Missed RTO / RPO",
            count: dr.missedFunctions,
            detail: `function${dr.missedFunctions === 1 ? "" : "s"}; ${plural(dr.missedTargets, "test")} in 13 months`,
            tone: dr.missedTargets ? "danger" : "success",
            href: "/continuity?dr=missed",
          },
        ]}
      />
    </Section>
  );
}
