"use client";
// One service in full: availability against its tier, each p95 against the handbook with its daily
// trend, and capacity with headroom, the 20 % buffer and when the trend crosses a target.
import { IntentLink } from "@/components/ui/intent-link";
import type { ReactNode } from "react";
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
import { CHART_IN_PANEL, ChartPanel } from "./parts";
import type { ChartRow } from "@/components/charts/chart-types";
import { LineChartCard } from "@/components/charts/line-chart-card";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { FigureDetails, FigureTable, type FigureColumn } from "@/components/ui/figure-table";
import { TONE_TEXT } from "@/components/ui/stat";

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
      <FigureDetails summary="daily p95 per metric" testId="performance-table">
        <DailyTable
          caption="Daily p95 per metric"
          days={days}
          figures={performance}
          header={(f) => (
            <>
              {PERFORMANCE_LABELS[f.metric]} <span className="normal-case">({describeTarget(f)})</span>
            </>
          )}
          cell={(d) => formatMs(d?.p95 ?? null)}
          className={(f, d) => d?.p95 != null && d.p95 > f.target && "font-semibold text-danger"}
          title={(d) => (d ? `${d.samples} samples` : undefined)}
        />
      </FigureDetails>
    </ChartPanel>
  );
}

// A share against its target, flagged when above it: "72.0 % / 70 %".
function AgainstTarget({ value, target }: { value: number | null; target: number }) {
  return (
    <span className={cn(value !== null && value > target && "font-semibold text-warning")}>
      {formatPoints(value)} <span className="text-muted">/ {target} %</span>
    </span>
  );
}

function BufferBadge({ ok }: { ok: boolean | null }) {
  if (ok === null) return <span className="text-muted">—</span>;
  return ok ? <Badge tone="success">kept</Badge> : <Badge tone="danger">used</Badge>;
}

const describeTrend = (perDay: number | null) =>
  perDay === null
    ? "—"
    : Math.abs(perDay) < 0.005
      ? "flat"
      : `${perDay > 0 ? "+" : ""}${perDay.toFixed(2)} pts/day`;

function CapacityTable({ capacity }: { capacity: CapacityFigure[] }) {
  return (
    <FigureTable
      caption="Capacity"
      isCaptionShown
      scrollLabel="Capacity"
      testId="capacity-table"
      rows={capacity}
      rowKey={(f) => f.metric}
      rowAttributes={(f) => ({ "data-testid": "capacity-row", "data-metric": f.metric })}
      rowHeader={{
        id: "resource",
        header: "Resource",
        className: "font-medium",
        cell: (f) => CAPACITY_LABELS[f.metric],
      }}
      columns={[
        {
          id: "average",
          header: "Average / target",
          cell: (f) => <AgainstTarget value={f.average} target={f.averageTarget} />,
        },
        {
          id: "peak",
          header: "Peak / target",
          cell: (f) => <AgainstTarget value={f.peak} target={f.peakTarget} />,
        },
        {
          id: "headroom",
          header: "Headroom",
          headerTitle: "100 − peak",
          className: (f) => TONE_TEXT[capacityTone(f)],
          cell: (f) => (f.headroom === null ? "—" : `${f.headroom.toFixed(1)} pts`),
        },
        { id: "buffer", header: `${BUFFER_POINTS} % buffer`, cell: (f) => <BufferBadge ok={f.bufferOk} /> },
        { id: "trend", header: "Trend", className: "text-xs", cell: (f) => describeTrend(f.trendPerDay) },
        {
          id: "forecast",
          header: "Forecast",
          isText: true,
          className: "text-xs",
          cell: (f) => (
            <ul data-testid="capacity-forecast">
              {forecastLines(f).map((line) => (
                <li key={line} className={cn(/ on /.test(line) ? "text-warning" : "text-muted")}>
                  {line}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}

// Days down, one column per metric: the table behind a daily chart.
function DailyTable<F extends { metric: string; daily: { day: string }[] }>({
  caption,
  days,
  figures,
  header,
  cell,
  className,
  title,
}: {
  caption: string;
  days: string[];
  figures: F[];
  header: (figure: F) => ReactNode;
  cell: (daily: F["daily"][number] | undefined) => ReactNode;
  className?: (figure: F, daily: F["daily"][number] | undefined) => string | false | undefined;
  title?: (daily: F["daily"][number] | undefined) => string | undefined;
}) {
  const of = (f: F, day: string) => f.daily.find((d) => d.day === day);
  return (
    <FigureTable
      caption={caption}
      rows={days}
      rowKey={(day) => day}
      rowHeader={{ id: "day", header: "Day (UTC)", cell: (day) => day }}
      columns={figures.map((f): FigureColumn<string> => ({
        id: f.metric,
        header: header(f),
        cell: (day) => cell(of(f, day)),
        className: (day) => className?.(f, of(f, day)),
        title: (day) => title?.(of(f, day)),
      }))}
    />
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
      <FigureDetails summary="daily average and peak per resource" testId="capacity-daily-table">
        <DailyTable
          caption="Daily average and peak utilisation per resource"
          days={days}
          figures={capacity}
          header={(f) => `${CAPACITY_LABELS[f.metric]} avg / peak`}
          cell={(d) => `${formatPoints(d?.average ?? null)} / ${formatPoints(d?.peak ?? null)}`}
        />
      </FigureDetails>
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
          <IntentLink href={`/services/${s.slug}`} className="hover:underline">
            {s.name}
          </IntentLink>
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
