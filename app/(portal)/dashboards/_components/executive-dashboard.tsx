"use client";
// The executive dashboard: availability against the SLA with the arithmetic open to check, the year's
// incident and response trends, SLA compliance, change success, vendor risk and DR compliance, for a
// period picked at the top (in the URL, so it can be shared).
import { AvailabilityTable, budgetTone } from "./availability-table";
import { ChangeFigures, ComplianceSection, DrFigures, VendorFigures } from "./executive-sections";
import { IncidentTrend, ResponseTrend } from "./executive-trends";
import {
  finishedChangesHref,
  formatAvailability,
  formatMinutesExact,
  formatShare,
  formatTarget,
  incidentsHref,
  monthLong,
  plural,
} from "./format";
import { metricsHref } from "./period";
import { PeriodDashboard, Section } from "./parts";
import { useDashboardParams, useExecutiveDashboard, type InitialDashboard } from "./use-dashboard";
import { EmptyState } from "@/components/ui/states";
import { rateTone, StatGrid, type StatProps } from "@/components/ui/stat";
import type { ExecutiveDashboard as Data } from "@/lib/dashboards/schemas";
import { TIER_LABELS } from "@/lib/services/service-tier";

function Headline({ data }: { data: Data }) {
  const incidents = data.compliance.reduce((n, c) => n + c.incidents, 0);
  const p1 = data.compliance.find((c) => c.severity === "P1");
  const { changes, dr } = data;
  const tiers = data.availability.tiers.map((t): StatProps & { key: string } => ({
    key: t.tier,
    testId: `tier-stat-${t.tier}`,
    label: `${TIER_LABELS[t.tier]} · SLA ${formatTarget(t.target)}`,
    value: formatAvailability(t.averageAvailability),
    detail: `${t.meeting} of ${t.services} meeting the SLA`,
    title: `Error budget left: ${formatMinutesExact(t.budgetLeftMinutes)} of ${formatMinutesExact(t.budgetMinutes)}`,
    tone:
      t.meeting < t.services
        ? "danger"
        : budgetTone(t.budgetMinutes ? t.budgetLeftMinutes / t.budgetMinutes : 1),
    href: "#availability",
  }));
  return (
    <StatGrid
      testId="executive-headline"
      className="mb-3 grid-cols-2 sm:grid-cols-3 xl:grid-cols-6"
      stats={[
        ...tiers,
        {
          label: "Incidents in period",
          count: incidents,
          detail: p1 ? `${p1.incidents} P1` : undefined,
          tone: p1?.incidents ? "danger" : "neutral",
          href: incidentsHref(data.period),
        },
        {
          label: "Change success",
          value: formatShare(changes.successRate),
          detail: plural(changes.changeCausedIncidents, "change-caused incident"),
          tone: rateTone(changes.successRate, 0.9, 0.75),
          href: finishedChangesHref(data.period),
          figureCount: changes.finished,
          title: `Of the ${changes.finished} changes finished in the period`,
        },
        {
          label: "DR compliance",
          value: formatShare(dr.compliance, 0),
          detail: `${dr.compliant} of ${dr.functions} functions`,
          tone: rateTone(dr.compliance, 1, 0.8),
          href: "/continuity",
          figureCount: dr.functions,
        },
      ]}
    />
  );
}

function Availability({ availability }: { availability: Data["availability"] }) {
  return (
    <section
      id="availability"
      aria-labelledby="availability-title"
      data-testid="availability"
      className="scroll-mt-16 rounded-lg border border-border bg-surface p-3"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="availability-title" className="text-sm font-semibold">
          Availability against the SLA, {monthLong(availability.month)}
        </h2>
        <p className="text-xs text-muted">
          Month to date (UTC). Down = outage + ½ × degraded minutes; burn rate = budget used ÷ month elapsed.
          Open a row for its arithmetic.
        </p>
      </div>
      {availability.services.length ? (
        <AvailabilityTable availability={availability} />
      ) : (
        <p className="py-2 text-sm text-muted">No services in the catalog yet.</p>
      )}
    </section>
  );
}

function ExecutiveFigures({ data, toMetrics }: { data: Data; toMetrics: string }) {
  if (
    data.availability.services.length === 0 &&
    data.incidentTrend.every((m) => m.P1 + m.P2 + m.P3 + m.P4 === 0)
  ) {
    return (
      <EmptyState title="Nothing to report yet">
        No services in the catalog and no incidents in the last 12 months.
      </EmptyState>
    );
  }
  return (
    <>
      <Headline data={data} />
      <Availability availability={data.availability} />
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
              SLA compliance and change success cover the period picked above; an incident still open past its
              deadline counts as a miss.
            </li>
            <li>Vendors and DR tests are as of now.</li>
          </ul>
        </Section>
      </div>
    </>
  );
}

export function ExecutiveDashboard({ initial }: { initial?: InitialDashboard<Data> }) {
  const { selection, setParams } = useDashboardParams();
  const query = useExecutiveDashboard(selection, initial);
  const toMetrics = metricsHref(selection);
  return (
    <PeriodDashboard title="Executive dashboard" selection={selection} setParams={setParams} query={query}>
      {(data) => <ExecutiveFigures data={data} toMetrics={toMetrics} />}
    </PeriodDashboard>
  );
}
