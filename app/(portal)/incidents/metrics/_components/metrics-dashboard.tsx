"use client";
// Incident metrics for ops managers: how fast incidents were acknowledged and resolved, per severity,
// against the handbook targets, for a period and optionally one service.
import Link from "next/link";
import { Download, List } from "lucide-react";
import { MetricsCharts } from "@/app/(portal)/incidents/metrics/_components/metrics-charts";
import { MetricsControls } from "@/app/(portal)/incidents/metrics/_components/metrics-controls";
import { describeRange } from "@/app/(portal)/incidents/metrics/_components/metrics-format";
import { MetricsTable } from "@/app/(portal)/incidents/metrics/_components/metrics-table";
import { useMetricsParams } from "@/app/(portal)/incidents/metrics/_components/use-metrics-params";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { LoadError } from "@/components/ui/load-error";
import { FiguresSkeleton } from "@/components/ui/figures-skeleton";
import { EmptyState, Spinner } from "@/components/ui/states";
import { useIncidentMetrics, type IncidentMetrics } from "@/lib/client/incident-metrics";
import { DEFAULT_METRICS_PERIOD, selectionRange } from "@/lib/incidents/metrics-period";

type Props = { initial: IncidentMetrics; renderedAt: number };

// The list API has no date filter yet, so the export is every incident (of the service, if one is picked).
function csvExport(service: string) {
  const href = `/api/incidents?format=csv&status=OPEN,IN_PROGRESS,RESOLVED,CLOSED&sort=newest${service ? `&service=${encodeURIComponent(service)}` : ""}`;
  return { href, label: service ? `Export CSV (all ${service} incidents)` : "Export CSV (all incidents)" };
}

export function MetricsDashboard({ initial, renderedAt }: Props) {
  const { selection, setParams } = useMetricsParams();
  // Validity only: a custom range does not depend on the clock, and presets are always valid.
  const range = selectionRange(selection, new Date(renderedAt));
  // The server read the default view; any other view starts empty and loads here.
  const isServerView = selection.period === DEFAULT_METRICS_PERIOD && !selection.service;
  const metrics = useIncidentMetrics(
    selection,
    isServerView ? { data: initial, updatedAt: renderedAt } : undefined,
  );
  const data = metrics.data;
  const total = data?.bySeverity.reduce((sum, r) => sum + r.incidents, 0) ?? 0;
  const csv = csvExport(selection.service);
  const forService = selection.service ? ` for ${selection.service}` : "";

  let content;
  if (!range.ok) {
    // The date fields say what is wrong; this only holds the place of the figures.
    content = (
      <EmptyState title="Choose a complete period">
        The figures appear once the custom period has a start and an end date.
      </EmptyState>
    );
  } else if (metrics.error && !data) {
    content = (
      <LoadError
        title="Metrics could not be loaded"
        error={metrics.error}
        onRetry={() => void metrics.refetch()}
      />
    );
  } else if (!data || (metrics.isPlaceholderData && total === 0)) {
    content = <FiguresSkeleton label="Loading metrics" isTall rows={4} columns={10} />;
  } else if (total === 0) {
    content = (
      <EmptyState
        title="No incidents in this period"
        action={
          selection.service ? (
            <button className={buttonClass()} onClick={() => setParams({ service: "" })}>
              Show all services
            </button>
          ) : null
        }
      >
        No incident{forService} was created in {describeRange(data.from, data.to)}, so there is nothing to
        measure. Pick a longer period
        {selection.service ? " or another service" : ""}.
      </EmptyState>
    );
  } else {
    content = (
      <>
        <MetricsCharts rows={data.bySeverity} />
        <MetricsTable rows={data.bySeverity} isStale={metrics.isPlaceholderData} />
        <p id="metrics-table-note" className="mt-2 text-xs text-muted">
          Incidents created in the period. MTTA and MTTR average the acknowledged and the resolved ones;
          &ldquo;within SLA&rdquo; is the share that met their clock, counting incidents still open past their
          deadline as misses. Targets: handbook &ldquo;Support Response Times&rdquo;.
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Incident metrics"
        description="MTTA, MTTR and SLA compliance of the incidents created in a period, against the handbook targets."
        actions={
          <>
            <Link className={buttonClass("ghost")} href="/incidents">
              <List aria-hidden className="size-4" /> Incident queue
            </Link>
            <a
              className={buttonClass("secondary")}
              href={csv.href}
              download
              data-testid="export-csv"
              title="The incident list has no date filter yet: this exports every incident, whatever the period."
            >
              <Download aria-hidden className="size-4" /> {csv.label}
            </a>
          </>
        }
      />
      <MetricsControls
        selection={selection}
        setParams={setParams}
        rangeError={range.ok ? null : range.error}
      />
      {range.ok && data ? (
        <div className="mb-2 flex flex-wrap items-center gap-3 text-sm" aria-live="polite">
          {metrics.isPlaceholderData ? (
            <span className="inline-flex items-center gap-2 text-muted">
              <Spinner label="Loading metrics" /> Loading the new period…
            </span>
          ) : (
            <span data-testid="metrics-period">
              <span className="font-mono tabular-nums">{total}</span> incident{total === 1 ? "" : "s"} created{" "}
              {describeRange(data.from, data.to)}
              {forService}
            </span>
          )}
          {metrics.isError ? (
            <span className="text-xs text-danger">Could not refresh: {metrics.error.message}</span>
          ) : null}
        </div>
      ) : null}
      {content}
    </>
  );
}
