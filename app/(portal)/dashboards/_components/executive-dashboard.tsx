"use client";
// The executive dashboard: availability against the SLA with the arithmetic open to check, the year's
// incident and response trends, SLA compliance, change success, vendor risk and DR compliance, for a
// period picked at the top (in the URL, so it can be shared).
import { AvailabilityTable, budgetTone } from "./availability-table";
import {
  ChangeFigures,
  ComplianceSection,
  DrFigures,
  IncidentTrend,
  ResponseTrend,
  VendorFigures,
} from "./executive-sections";
import {
  finishedChangesHref,
  formatAvailability,
  formatMinutesExact,
  formatShare,
  formatTarget,
  incidentsHref,
  monthLong,
} from "./format";
import { metricsHref } from "./period";
import { DashboardError, DashboardSkeleton, PeriodDashboardFrame, Section, Stat } from "./parts";
import { useDashboardParams, useExecutiveDashboard, type InitialDashboard } from "./use-dashboard";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/states";
import type { ExecutiveDashboard as Data } from "@/lib/dashboards/schemas";
import { TIER_LABELS } from "@/lib/services/service-tier";

function Headline({ data }: { data: Data }) {
  const incidents = data.compliance.reduce((n, c) => n + c.incidents, 0);
  const p1 = data.compliance.find((c) => c.severity === "P1");
  return (
    <div
      className="mb-3 grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6"
      data-testid="executive-headline"
    >
      {data.availability.tiers.map((t) => (
        <Stat
          key={t.tier}
          testId={`tier-stat-${t.tier}`}
          label={`${TIER_LABELS[t.tier]} · SLA ${formatTarget(t.target)}`}
          value={formatAvailability(t.averageAvailability)}
          detail={`${t.meeting} of ${t.services} meeting the SLA`}
          title={`Error budget left: ${formatMinutesExact(t.budgetLeftMinutes)} of ${formatMinutesExact(t.budgetMinutes)}`}
          tone={
            t.meeting < t.services
              ? "danger"
              : budgetTone(t.budgetMinutes ? t.budgetLeftMinutes / t.budgetMinutes : 1)
          }
          href="#availability"
        />
      ))}
      <Stat
        label="Incidents in period"
        value={incidents}
        detail={p1 ? `${p1.incidents} P1` : undefined}
        tone={p1?.incidents ? "danger" : "neutral"}
        href={incidentsHref({ from: data.period.from, to: data.period.to })}
        figureCount={incidents}
      />
      <Stat
        label="Change success"
        value={formatShare(data.changes.successRate)}
        detail={`${data.changes.changeCausedIncidents} change-caused incident${data.changes.changeCausedIncidents === 1 ? "" : "s"}`}
        tone={
          data.changes.successRate === null
            ? "neutral"
            : data.changes.successRate >= 0.9
              ? "success"
              : data.changes.successRate >= 0.75
                ? "warning"
                : "danger"
        }
        href={finishedChangesHref(data.period)}
        figureCount={data.changes.finished}
        title={`Of the ${data.changes.finished} changes finished in the period`}
      />
      <Stat
        label="DR compliance"
        value={formatShare(data.dr.compliance, 0)}
        detail={`${data.dr.compliant} of ${data.dr.functions} functions`}
        tone={
          data.dr.compliance === null
            ? "neutral"
            : data.dr.compliance >= 1
              ? "success"
              : data.dr.compliance >= 0.8
                ? "warning"
                : "danger"
        }
        href="/continuity"
        figureCount={data.dr.functions}
      />
    </div>
  );
}

export function ExecutiveDashboard({ initial }: { initial?: InitialDashboard<Data> }) {
  const { selection, setParams } = useDashboardParams();
  const query = useExecutiveDashboard(selection, initial);
  const data = query.data;
  const toMetrics = metricsHref(selection);

  let content;
  if (query.error && !data) {
    content = (
      <DashboardError what="executive dashboard" error={query.error} onRetry={() => void query.refetch()} />
    );
  } else if (!data) {
    content = <DashboardSkeleton label="Loading the executive dashboard" />;
  } else if (
    data.availability.services.length === 0 &&
    data.incidentTrend.every((m) => m.P1 + m.P2 + m.P3 + m.P4 === 0)
  ) {
    content = (
      <EmptyState title="Nothing to report yet">
        No services in the catalog and no incidents in the last 12 months.
      </EmptyState>
    );
  } else {
    content = (
      <div
        className={cn("space-y-3 transition-opacity", query.isPlaceholderData && "opacity-60")}
        aria-busy={query.isPlaceholderData}
      >
        <Headline data={data} />
        <section
          id="availability"
          aria-labelledby="availability-title"
          data-testid="availability"
          className="scroll-mt-16 rounded-lg border border-border bg-surface p-3"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="availability-title" className="text-sm font-semibold">
              Availability against the SLA, {monthLong(data.availability.month)}
            </h2>
            <p className="text-xs text-muted">
              Month to date (UTC). Down = outage + ½ × degraded minutes; burn rate = budget used ÷ month
              elapsed. Open a row for its arithmetic.
            </p>
          </div>
          {data.availability.services.length ? (
            <AvailabilityTable availability={data.availability} />
          ) : (
            <p className="py-2 text-sm text-muted">No services in the catalog yet.</p>
          )}
        </section>
        <div className="grid gap-3 lg:grid-cols-2">
          <IncidentTrend trend={data.incidentTrend} />
          <ResponseTrend trend={data.responseTrend} metricsHref={toMetrics} />
        </div>
        <div className="grid gap-3 lg:grid-cols-2">
          <ComplianceSection compliance={data.compliance} metricsHref={toMetrics} period={data.period} />
          <div className="grid content-start gap-3">
            <ChangeFigures changes={data.changes} period={data.period} />
            <DrFigures dr={data.dr} />
          </div>
        </div>
        <div className="grid gap-3 lg:grid-cols-2">
          <VendorFigures vendors={data.vendors} />
          <Section title="How these are counted" testId="executive-notes">
            <ul className="list-disc space-y-1 pl-4 text-xs text-muted">
              <li>
                Availability, budgets and burn rate are for the calendar month that contains the end of the
                period; declared maintenance is not downtime.
              </li>
              <li>Incidents per month and MTTA/MTTR cover the 12 months ending with that month.</li>
              <li>
                SLA compliance and change success cover the period picked above; an incident still open past
                its deadline counts as a miss.
              </li>
              <li>Vendors and DR tests are as of now.</li>
            </ul>
          </Section>
        </div>
      </div>
    );
  }

  return (
    <PeriodDashboardFrame
      title="Executive dashboard"
      selection={selection}
      setParams={setParams}
      data={data}
      isFetching={query.isFetching}
      isError={query.isError}
    >
      {content}
    </PeriodDashboardFrame>
  );
}
