"use client";
// Every service on one screen: availability against its tier, the four p95 figures against the
// handbook, peak capacity and the soonest forecast crossing. A row opens the service's detail below.
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
import { ROW, TABLE, TD, TDR, TH, THEAD, THR, TONE_TEXT } from "./parts";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { CAPACITY_METRICS, PERFORMANCE_METRICS } from "@/lib/dashboards/schemas";

type Props = { services: ServiceFigures[]; selected: string; onSelect: (slug: string) => void };

export function ApplicationOverview({ services, selected, onSelect }: Props) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className={TABLE} data-testid="application-overview">
        <caption className="sr-only">
          Availability, p95 performance and peak capacity per service; choose a service for its detail
        </caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className={TH}>
              Service
            </th>
            <th scope="col" className={THR}>
              Availability
            </th>
            {PERFORMANCE_METRICS.map((m) => (
              <th key={m} scope="col" className={THR} title={`${PERFORMANCE_LABELS[m]} p95`}>
                {PERFORMANCE_SHORT[m]} p95
              </th>
            ))}
            {CAPACITY_METRICS.map((m) => (
              <th key={m} scope="col" className={THR} title={`${CAPACITY_LABELS[m]} peak`}>
                {CAPACITY_LABELS[m]} peak
              </th>
            ))}
            <th scope="col" className={TH}>
              Soonest crossing
            </th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => {
            const isSelected = s.slug === selected;
            const crossing = soonestCrossing(s.capacity);
            return (
              <tr
                key={s.slug}
                data-testid="application-row"
                data-service={s.slug}
                aria-selected={isSelected}
                className={cn(ROW, isSelected ? "bg-accent/10" : "hover:bg-surface-2")}
              >
                <th scope="row" className={cn(TD, "text-left font-normal whitespace-nowrap")}>
                  <button
                    type="button"
                    onClick={() => onSelect(s.slug)}
                    aria-pressed={isSelected}
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
                </th>
                <td className={TDR} title={`SLA ${formatTarget(s.availability.target)}`}>
                  <span className="inline-flex items-center gap-1">
                    <span className={cn(s.availability.met === false && "font-semibold text-danger")}>
                      {formatAvailability(s.availability.availability)}
                    </span>
                    <MetBadge met={s.availability.met} />
                  </span>
                </td>
                {PERFORMANCE_METRICS.map((m) => {
                  const f = s.performance.find((p) => p.metric === m);
                  return (
                    <td
                      key={m}
                      className={cn(
                        TDR,
                        !f || f.met === null
                          ? "text-muted"
                          : f.met
                            ? "text-success"
                            : "font-semibold text-danger",
                      )}
                      title={
                        f
                          ? `${PERFORMANCE_LABELS[m]}: ${describeTarget(f)}; ${f.samples} samples`
                          : "Not measured"
                      }
                      data-metric={m}
                      data-met={f?.met ?? "none"}
                    >
                      {f && f.p95 !== null ? formatMs(f.p95) : "—"}
                      {f?.met === false ? <span className="sr-only"> (missed)</span> : null}
                    </td>
                  );
                })}
                {CAPACITY_METRICS.map((m) => {
                  const f = s.capacity.find((c) => c.metric === m);
                  return (
                    <td
                      key={m}
                      className={cn(TDR, f ? TONE_TEXT[capacityTone(f)] : "text-muted")}
                      title={
                        f
                          ? `Average ${formatPoints(f.average)} (target ${f.averageTarget} %), peak target ${f.peakTarget} %`
                          : "Not measured"
                      }
                    >
                      {f ? formatPoints(f.peak) : "—"}
                      {f?.bufferOk === false ? <span className="sr-only"> (less than 20 % free)</span> : null}
                    </td>
                  );
                })}
                <td className={cn(TD, "text-xs whitespace-nowrap")}>
                  {crossing ? (
                    <span className="text-warning">
                      {CAPACITY_LABELS[crossing.metric]} {crossing.what} on {forecastDay(crossing.at)}
                    </span>
                  ) : (
                    <span className="text-muted">
                      {s.capacity.some((c) => c.samples > 0) ? "not rising" : "no samples"}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
