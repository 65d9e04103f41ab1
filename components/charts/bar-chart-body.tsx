"use client";
// The recharts part of BarChartCard, loaded in the browser only. Every colour is a CSS variable, so the
// chart follows the theme. The keyboard layer is off: the page's table carries the same figures.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import type { BarChartSpec } from "@/components/charts/chart-types";

const TICK = { fill: "var(--muted)", fontSize: 12 };

type TooltipBoxProps = TooltipContentProps & {
  formatValue: (value: number, seriesKey: string, category: string) => string;
  stacked: boolean;
};

function TooltipBox({ active, payload, label, formatValue, stacked }: TooltipBoxProps) {
  if (!active || !payload.length) return null;
  const category = label === undefined ? "" : String(label);
  const total = payload.reduce((sum, entry) => sum + (typeof entry.value === "number" ? entry.value : 0), 0);
  // A stack reads top down, like the bar it describes.
  const entries = stacked ? [...payload].reverse() : payload;
  return (
    <div className="rounded-md border border-border bg-surface px-2.5 py-1.5 text-xs text-fg shadow-sm">
      <p className="mb-1 font-medium">
        {category}
        {stacked ? (
          <>
            {" "}
            · <span className="font-mono tabular-nums">{total}</span> in all
          </>
        ) : null}
      </p>
      <ul className="space-y-0.5">
        {entries.map((entry) => {
          const key = typeof entry.dataKey === "string" ? entry.dataKey : "";
          return (
            <li key={key} className="flex items-center gap-1.5">
              <span aria-hidden className="size-2 rounded-sm" style={{ background: entry.color }} />
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

type Props = Omit<BarChartSpec, "height"> & { title: string; summary: string };

export function BarChartBody({
  data,
  categoryKey,
  series,
  yDomain,
  yTicks,
  yLabel,
  formatTick = String,
  formatValue,
  referenceLines = [],
  stacked = false,
  title,
  summary,
}: Props) {
  const tooltipValue = formatValue ?? ((value: number) => formatTick(value));
  // Reference line labels sit in the right margin: inside the plot they would collide with a bar.
  const margin = { top: 12, right: referenceLines.length ? 52 : 8, bottom: 0, left: 4 };
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: "100%" }}
      data={data}
      margin={margin}
      accessibilityLayer={false}
      role="img"
      title={title}
      desc={summary}
      barGap={2}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis
        dataKey={categoryKey}
        tick={TICK}
        stroke="var(--border)"
        tickLine={false}
        interval="preserveStartEnd"
        minTickGap={8}
      />
      <YAxis
        domain={yDomain}
        ticks={yTicks}
        tickFormatter={formatTick}
        allowDecimals={!stacked}
        tick={TICK}
        stroke="var(--border)"
        tickLine={false}
        width={56}
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
        cursor={{ fill: "var(--surface-2)" }}
        isAnimationActive={false}
        content={(props) => <TooltipBox {...props} formatValue={tooltipValue} stacked={stacked} />}
      />
      {/* Series order, not recharts' alphabetical default: response before resolution. */}
      <Legend
        iconType="square"
        iconSize={10}
        itemSorter={null}
        formatter={(value: string) => <span style={{ color: "var(--fg)", fontSize: 12 }}>{value}</span>}
      />
      {series.map((s, i) =>
        stacked ? (
          // Only the top of a stack is rounded.
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId="stack"
            fill={s.color}
            radius={i === series.length - 1 ? [3, 3, 0, 0] : 0}
            maxBarSize={32}
            isAnimationActive={false}
          />
        ) : (
          // A zero gets a sliver so it does not look like "no data" (null), which draws nothing.
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            radius={[3, 3, 0, 0]}
            maxBarSize={28}
            minPointSize={(v) => (v === 0 ? 2 : 0)}
            isAnimationActive={false}
          />
        ),
      )}
      {/* After the bars, so a target line stays visible across a bar that reaches it. */}
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
    </BarChart>
  );
}
