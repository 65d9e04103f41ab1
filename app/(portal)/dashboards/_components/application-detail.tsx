"use client";
// One service in full: availability against its tier, each p95 against the handbook with its daily
// trend, and capacity with headroom, the 20 % buffer and when the trend crosses a target.
import Link from "next/link";
import { TierBadge } from "@/app/(portal)/services/_components/tier-badge";
import {
  BUFFER_POINTS,
  CAPACITY_COLORS,
  CAPACITY_LABELS,
  PERFORMANCE_COLORS,
  PERFORMANCE_LABELS,
  SELF_SERVICE,
  capacityTone,
  describeTarget,
  forecastLines,
  type CapacityFigure,
  type PerformanceFigure,
  type ServiceFigures,
} from "./application-labels";
import { MetBadge, burnTone } from "./availability-table";
import {
  dayLabel,
  formatAvailability,
  formatBurnRate,
  formatMinutesExact,
  formatMs,
  formatNumber,
  formatPoints,
  formatTarget,
} from "./format";
import {
  CHART_IN_PANEL,
  ChartPanel,
  FigureTable,
  ROW,
  TABLE,
  TD,
  TDR,
  TH,
  THEAD,
  THR,
  TONE_TEXT,
} from "./parts";
import type { ChartRow } from "@/components/charts/chart-types";
import { LineChartCard } from "@/components/charts/line-chart-card";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { scrollRegion } from "@/components/ui/scroll-region";

function PerformanceCard({ f }: { f: PerformanceFigure }) {
  return (
    <div
      className="rounded-lg border border-border bg-surface px-3 py-2"
      data-testid="performance-figure"
      data-metric={f.metric}
      data-met={f.met ?? "none"}
    >
      <div className="flex items-center justify-between gap-2">
        <span className="text-[11px] font-medium tracking-wide text-muted uppercase">
          {PERFORMANCE_LABELS[f.metric]} p95
        </span>
        <MetBadge met={f.met} />
      </div>
      <span
        className={cn(
          "block font-mono text-xl font-semibold tabular-nums",
          f.met === null ? "text-muted" : f.met ? "text-success" : "text-danger",
        )}
      >
        {formatMs(f.p95)}
      </span>
      <span className="block text-xs text-muted">
        target {describeTarget(f)} · avg {formatMs(f.average)} · {formatNumber(f.samples)} samples
      </span>
    </div>
  );
}

function PerformanceChart({ performance }: { performance: PerformanceFigure[] }) {
  const days = [...new Set(performance.flatMap((f) => f.daily.map((d) => d.day)))].sort();
  // Each metric as a share of its own target, so a 100 ms DB target and a 3 s page load share one axis.
  const rows = days.map((day) => {
    const row: ChartRow = { day: dayLabel(day) };
    for (const f of performance) {
      const p95 = f.daily.find((d) => d.day === day)?.p95 ?? null;
      row[f.metric] = p95 === null ? null : Math.round((p95 / f.target) * 100);
    }
    return row;
  });
  const missed = performance.filter((f) => f.met === false).map((f) => PERFORMANCE_LABELS[f.metric]);
  return (
    <ChartPanel testId="performance-chart">
      <LineChartCard
        className={CHART_IN_PANEL}
        title="Daily p95 as a share of its target"
        summary={`100 % is the handbook target; above the line is slower. ${missed.length ? `Missed over the period: ${missed.join(", ")}.` : "No target missed over the period."}`}
        data={rows}
        categoryKey="day"
        series={performance.map((f) => ({
          key: f.metric,
          name: PERFORMANCE_LABELS[f.metric],
          color: PERFORMANCE_COLORS[f.metric],
        }))}
        formatTick={(v) => `${v} %`}
        formatValue={(v, key, category) => {
          const f = performance.find((p) => p.metric === key);
          const day = days.find((d) => dayLabel(d) === category);
          const p95 = f?.daily.find((d) => d.day === day)?.p95 ?? null;
          return `${v} % (${formatMs(p95)} vs ${f ? formatMs(f.target) : "?"})`;
        }}
        referenceLines={[{ y: 100, label: "Target", color: "var(--danger)" }]}
        height={190}
      />
      <FigureTable caption="daily p95 per metric" testId="performance-table">
        <table className={TABLE}>
          <caption className="sr-only">Daily p95 per metric</caption>
          <thead className={THEAD}>
            <tr>
              <th scope="col" className={TH}>
                Day (UTC)
              </th>
              {performance.map((f) => (
                <th key={f.metric} scope="col" className={THR}>
                  {PERFORMANCE_LABELS[f.metric]} <span className="normal-case">({describeTarget(f)})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day} className={ROW}>
                <th scope="row" className={cn(TD, "text-left font-normal whitespace-nowrap")}>
                  {day}
                </th>
                {performance.map((f) => {
                  const d = f.daily.find((x) => x.day === day);
                  const over = d?.p95 != null && d.p95 > f.target;
                  return (
                    <td
                      key={f.metric}
                      className={cn(TDR, over && "font-semibold text-danger")}
                      title={d ? `${d.samples} samples` : undefined}
                    >
                      {formatMs(d?.p95 ?? null)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </FigureTable>
    </ChartPanel>
  );
}

function CapacityTable({ capacity }: { capacity: CapacityFigure[] }) {
  return (
    <div {...scrollRegion("Capacity")} className="relative overflow-x-auto">
      <table className={TABLE} data-testid="capacity-table">
        <caption className="mb-1 text-left text-sm font-semibold">Capacity</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className={TH}>
              Resource
            </th>
            <th scope="col" className={THR}>
              Average / target
            </th>
            <th scope="col" className={THR}>
              Peak / target
            </th>
            <th scope="col" className={THR} title="100 − peak">
              Headroom
            </th>
            <th scope="col" className={THR}>
              {BUFFER_POINTS} % buffer
            </th>
            <th scope="col" className={THR}>
              Trend
            </th>
            <th scope="col" className={TH}>
              Forecast
            </th>
          </tr>
        </thead>
        <tbody>
          {capacity.map((f) => {
            const tone = capacityTone(f);
            return (
              <tr key={f.metric} className={ROW} data-testid="capacity-row" data-metric={f.metric}>
                <th scope="row" className={cn(TD, "text-left font-medium")}>
                  {CAPACITY_LABELS[f.metric]}
                </th>
                <td
                  className={cn(
                    TDR,
                    f.average !== null && f.average > f.averageTarget && "font-semibold text-warning",
                  )}
                >
                  {formatPoints(f.average)} <span className="text-muted">/ {f.averageTarget} %</span>
                </td>
                <td
                  className={cn(
                    TDR,
                    f.peak !== null && f.peak > f.peakTarget && "font-semibold text-warning",
                  )}
                >
                  {formatPoints(f.peak)} <span className="text-muted">/ {f.peakTarget} %</span>
                </td>
                <td className={cn(TDR, TONE_TEXT[tone])}>
                  {f.headroom === null ? "—" : `${f.headroom.toFixed(1)} pts`}
                </td>
                <td className={TDR}>
                  {f.bufferOk === null ? (
                    <span className="text-muted">—</span>
                  ) : f.bufferOk ? (
                    <Badge tone="success">kept</Badge>
                  ) : (
                    <Badge tone="danger">used</Badge>
                  )}
                </td>
                <td className={cn(TDR, "text-xs")}>
                  {f.trendPerDay === null
                    ? "—"
                    : Math.abs(f.trendPerDay) < 0.005
                      ? "flat"
                      : `${f.trendPerDay > 0 ? "+" : ""}${f.trendPerDay.toFixed(2)} pts/day`}
                </td>
                <td className={cn(TD, "text-xs")}>
                  <ul data-testid="capacity-forecast">
                    {forecastLines(f).map((line) => (
                      <li key={line} className={cn(/ on /.test(line) ? "text-warning" : "text-muted")}>
                        {line}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CapacityChart({ capacity }: { capacity: CapacityFigure[] }) {
  const days = [...new Set(capacity.flatMap((f) => f.daily.map((d) => d.day)))].sort();
  const rows = days.map((day) => {
    const row: ChartRow = { day: dayLabel(day) };
    for (const f of capacity) row[f.metric] = f.daily.find((d) => d.day === day)?.peak ?? null;
    return row;
  });
  return (
    <>
      <LineChartCard
        className={CHART_IN_PANEL}
        testId="capacity-chart"
        title="Daily peak utilisation"
        summary={`Above the dashed line less than the ${BUFFER_POINTS} % buffer is left; each resource's peak target is in the table.`}
        data={rows}
        categoryKey="day"
        series={capacity.map((f) => ({
          key: f.metric,
          name: CAPACITY_LABELS[f.metric],
          color: CAPACITY_COLORS[f.metric],
        }))}
        yDomain={[0, 100]}
        yTicks={[0, 25, 50, 75, 100]}
        formatTick={(v) => `${v} %`}
        formatValue={(v) => `${v.toFixed(1)} %`}
        referenceLines={[{ y: 100 - BUFFER_POINTS, label: "Buffer", color: "var(--danger)" }]}
        height={180}
      />
      <FigureTable caption="daily average and peak per resource" testId="capacity-daily-table">
        <table className={TABLE}>
          <caption className="sr-only">Daily average and peak utilisation per resource</caption>
          <thead className={THEAD}>
            <tr>
              <th scope="col" className={TH}>
                Day (UTC)
              </th>
              {capacity.map((f) => (
                <th key={f.metric} scope="col" className={THR}>
                  {CAPACITY_LABELS[f.metric]} avg / peak
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day} className={ROW}>
                <th scope="row" className={cn(TD, "text-left font-normal whitespace-nowrap")}>
                  {day}
                </th>
                {capacity.map((f) => {
                  const d = f.daily.find((x) => x.day === day);
                  return (
                    <td key={f.metric} className={TDR}>
                      {formatPoints(d?.average ?? null)} / {formatPoints(d?.peak ?? null)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </FigureTable>
    </>
  );
}

export function ApplicationDetail({ service: s }: { service: ServiceFigures }) {
  const a = s.availability;
  const hasPerformance = s.performance.some((f) => f.samples > 0);
  const hasCapacity = s.capacity.some((f) => f.samples > 0);
  return (
    <section
      aria-labelledby="service-detail-title"
      data-testid="application-detail"
      data-service={s.slug}
      className="space-y-3"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id="service-detail-title" className="text-base font-semibold">
          <Link href={`/services/${s.slug}`} className="hover:underline">
            {s.name}
          </Link>
        </h2>
        <TierBadge tier={s.tier} />
        <span className="text-sm">
          availability{" "}
          <span
            className={cn(
              "font-mono font-semibold",
              a.met === false ? "text-danger" : a.met ? "text-success" : "text-muted",
            )}
          >
            {formatAvailability(a.availability)}
          </span>{" "}
          <span className="text-muted">vs {formatTarget(a.target)}</span> <MetBadge met={a.met} />
        </span>
        <span className="text-xs text-muted">
          budget left {formatMinutesExact(a.budgetLeftMinutes)} of {formatMinutesExact(a.budgetMinutes)} ·
          burn <span className={TONE_TEXT[burnTone(a.burnRate)]}>{formatBurnRate(a.burnRate)}</span>
        </span>
      </div>
      {s.slug === SELF_SERVICE ? (
        <p
          role="note"
          data-testid="self-measurement"
          className="rounded-md border border-accent/30 bg-accent/5 px-3 py-2 text-sm"
        >
          <strong>This is the portal measuring itself.</strong> Its API and database timings come from the
          server; page load comes from the web vitals your browser reports while you use it.
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-2 lg:grid-cols-4">
        {s.performance.map((f) => (
          <PerformanceCard key={f.metric} f={f} />
        ))}
      </div>
      <ChartPanel testId="capacity">
        <CapacityTable capacity={s.capacity} />
        {hasCapacity ? null : (
          <p className="mt-2 text-sm text-muted">No capacity samples for {s.slug} in this period.</p>
        )}
      </ChartPanel>
      <div className="grid gap-3 lg:grid-cols-2">
        {hasPerformance ? (
          <PerformanceChart performance={s.performance} />
        ) : (
          <ChartPanel>
            <p className="text-sm text-muted">
              No performance samples for {s.slug} in this period. Monitoring sends them to POST
              /api/metrics/samples.
            </p>
          </ChartPanel>
        )}
        {hasCapacity ? (
          <ChartPanel testId="capacity-trend">
            <CapacityChart capacity={s.capacity} />
          </ChartPanel>
        ) : null}
      </div>
    </section>
  );
}
