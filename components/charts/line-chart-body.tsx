"use client";
// The recharts part of LineChartCard, loaded in the browser only. Every colour is a CSS variable, so the
// chart follows the theme. The keyboard layer is off: the page lists the same figures.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import type { LineChartSpec } from "@/components/charts/line-chart-card";

const TICK = { fill: "var(--muted)", fontSize: 12 };

type TooltipBoxProps = TooltipContentProps & {
  formatValue: (value: number, seriesKey: string, category: string) => string;
};

function TooltipBox({ active, payload, label, formatValue }: TooltipBoxProps) {
  if (!active || !payload.length) return null;
  const category = label === undefined ? "" : String(label);
  return (
    <div className="rounded-md border border-border bg-surface px-2.5 py-1.5 text-xs text-fg shadow-sm">
      <p className="mb-1 font-medium">{category}</p>
      <ul className="space-y-0.5">
        {payload.map((entry) => {
          const key = typeof entry.dataKey === "string" ? entry.dataKey : "";
          return (
            <li key={key} className="flex items-center gap-1.5">
              <span aria-hidden className="size-2 rounded-full" style={{ background: entry.color }} />
              <span>{entry.name}:</span>
              <span className="font-mono tabular-nums">
                {typeof entry.value === "number" ? formatValue(entry.value, key, category) : "no data"}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

type Props = Omit<LineChartSpec, "height"> & { title: string; summary: string };

export function LineChartBody({
  data,
  categoryKey,
  series,
  yDomain,
  yTicks,
  yLabel,
  formatTick = String,
  formatValue,
  referenceLines = [],
  title,
  summary,
}: Props) {
  const tooltipValue = formatValue ?? ((value: number) => formatTick(value));
  // Reference line labels sit in the right margin, clear of the line.
  const margin = { top: 12, right: referenceLines.length ? 64 : 12, bottom: 0, left: 4 };
  return (
    <LineChart
      responsive
      style={{ width: "100%", height: "100%" }}
      data={data}
      margin={margin}
      accessibilityLayer={false}
      role="img"
      title={title}
      desc={summary}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis
        dataKey={categoryKey}
        tick={TICK}
        stroke="var(--border)"
        tickLine={false}
        padding={{ left: 12, right: 12 }}
      />
      <YAxis
        domain={yDomain}
        ticks={yTicks}
        tickFormatter={formatTick}
        tick={TICK}
        stroke="var(--border)"
        tickLine={false}
        width={48}
        label={
          yLabel
            ? {
                value: yLabel,
                angle: -90,
                position: "insideLeft",
                fill: "var(--muted)",
                fontSize: 11,
                style: { textAnchor: "middle" },
              }
            : undefined
        }
      />
      <Tooltip
        cursor={{ stroke: "var(--border)" }}
        isAnimationActive={false}
        content={(props) => <TooltipBox {...props} formatValue={tooltipValue} />}
      />
      {series.length > 1 ? (
        <Legend
          iconType="plainline"
          iconSize={12}
          itemSorter={null}
          formatter={(value: string) => <span style={{ color: "var(--fg)", fontSize: 12 }}>{value}</span>}
        />
      ) : null}
      {/* Before the lines, so a point on a threshold stays visible. */}
      {referenceLines.map((line) => (
        <ReferenceLine
          key={line.y}
          y={line.y}
          stroke={line.color}
          strokeDasharray="5 3"
          strokeWidth={1.5}
          ifOverflow="extendDomain"
          label={{ value: line.label, position: "right", fill: line.color, fontSize: 11 }}
        />
      ))}
      {series.map((s) => (
        // A gap in the data stays a gap: "not measured" must not look like a straight trend.
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.name}
          stroke={s.color}
          strokeWidth={2}
          dot={{ r: 3, fill: s.color }}
          activeDot={{ r: 5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
