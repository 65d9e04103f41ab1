"use client";
// Every service on one screen: availability against its tier, the four p95 figures against the
// handbook, peak capacity and the soonest forecast crossing. A row opens the service's detail below.
import type { ReactNode } from "react";
import { MetBadge } from "./availability-table";
import {
  CAPACITY_LABELS,
  PERFORMANCE_LABELS,
  PERFORMANCE_SHORT,
  SELF_SERVICE,
  capacityTone,
  describeTarget,
  soonestCrossing,
  type ServiceFigures,
} from "./application-labels";
import { forecastDay, formatAvailability, formatMs, formatPoints, formatTarget } from "./format";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { FigureTable, type FigureColumn } from "@/components/ui/figure-table";
import { TONE_TEXT } from "@/components/ui/stat";
import { CAPACITY_METRICS, PERFORMANCE_METRICS } from "@/lib/dashboards/schemas";

type Props = { services: ServiceFigures[]; selected: string; onSelect: (slug: string) => void };

// A column per metric: the service's figure for it is found once, then drawn, toned and explained.
function metricColumn<F>(
  id: string,
  header: string,
  headerTitle: string,
  find: (s: ServiceFigures) => F | undefined,
  draw: {
    cell: (f: F | undefined) => ReactNode;
    className: (f: F | undefined) => string;
    title: (f: F) => string;
    attributes?: (f: F | undefined) => Record<string, string | boolean>;
  },
): FigureColumn<ServiceFigures> {
  return {
    id,
    header,
    headerTitle,
    cell: (s) => draw.cell(find(s)),
    className: (s) => draw.className(find(s)),
    title: (s) => {
      const f = find(s);
      return f ? draw.title(f) : "Not measured";
    },
    attributes: draw.attributes && ((s) => draw.attributes?.(find(s)) ?? {}),
  };
}

const performanceColumns = PERFORMANCE_METRICS.map((m) =>
  metricColumn(
    m,
    `${PERFORMANCE_SHORT[m]} p95`,
    `${PERFORMANCE_LABELS[m]} p95`,
    (s) => s.performance.find((p) => p.metric === m),
    {
      cell: (f) => (
        <>
          {f && f.p95 !== null ? formatMs(f.p95) : "—"}
          {f?.met === false ? <span className="sr-only"> (missed)</span> : null}
        </>
      ),
      className: (f) =>
        !f || f.met === null ? "text-muted" : f.met ? "text-success" : "font-semibold text-danger",
      title: (f) => `${PERFORMANCE_LABELS[m]}: ${describeTarget(f)}; ${f.samples} samples`,
      attributes: (f) => ({ "data-metric": m, "data-met": f?.met ?? "none" }),
    },
  ),
);

const capacityColumns = CAPACITY_METRICS.map((m) =>
  metricColumn(
    m,
    `${CAPACITY_LABELS[m]} peak`,
    `${CAPACITY_LABELS[m]} peak`,
    (s) => s.capacity.find((c) => c.metric === m),
    {
      cell: (f) => (
        <>
          {f ? formatPoints(f.peak) : "—"}
          {f?.bufferOk === false ? <span className="sr-only"> (less than 20 % free)</span> : null}
        </>
      ),
      className: (f) => (f ? TONE_TEXT[capacityTone(f)] : "text-muted"),
      title: (f) =>
        `Average ${formatPoints(f.average)} (target ${f.averageTarget} %), peak target ${f.peakTarget} %`,
    },
  ),
);

function Crossing({ service: s }: { service: ServiceFigures }) {
  const crossing = soonestCrossing(s.capacity);
  return crossing ? (
    <span className="text-warning">
      {CAPACITY_LABELS[crossing.metric]} {crossing.what} on {forecastDay(crossing.at)}
    </span>
  ) : (
    <span className="text-muted">{s.capacity.some((c) => c.samples > 0) ? "not rising" : "no samples"}</span>
  );
}

export function ApplicationOverview({ services, selected, onSelect }: Props) {
  return (
    <FigureTable
      caption="Availability, p95 performance and peak capacity per service; choose a service for its detail"
      testId="application-overview"
      className="rounded-lg border border-border bg-surface"
      rows={services}
      rowKey={(s) => s.slug}
      rowAttributes={(s) => ({
        "data-testid": "application-row",
        "data-service": s.slug,
        "aria-selected": s.slug === selected,
      })}
      rowClassName={(s) => (s.slug === selected ? "bg-accent/10" : "hover:bg-surface-2")}
      rowHeader={{
        id: "service",
        header: "Service",
        cell: (s) => (
          <>
            <button
              type="button"
              onClick={() => onSelect(s.slug)}
              aria-pressed={s.slug === selected}
              className="font-medium hover:underline"
              title="Show this service's detail"
            >
              {s.name}
            </button>
            {s.slug === SELF_SERVICE ? (
              <Badge tone="accent" className="ml-1.5">
                this portal
              </Badge>
            ) : null}
          </>
        ),
      }}
      columns={[
        {
          id: "availability",
          header: "Availability",
          title: (s) => `SLA ${formatTarget(s.availability.target)}`,
          cell: (s) => (
            <span className="inline-flex items-center gap-1">
              <span className={cn(s.availability.met === false && "font-semibold text-danger")}>
                {formatAvailability(s.availability.availability)}
              </span>
              <MetBadge met={s.availability.met} />
            </span>
          ),
        },
        ...performanceColumns,
        ...capacityColumns,
        {
          id: "crossing",
          header: "Soonest crossing",
          isText: true,
          className: "text-xs whitespace-nowrap",
          cell: (s) => <Crossing service={s} />,
        },
      ]}
    />
  );
}
