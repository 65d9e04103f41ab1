"use client";
// The recharts part of BarChartCard, loaded in the browser only. Every colour is a CSS variable, so the
// chart follows the theme.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip, chartProps, legendText, referenceLineElements } from "@/components/charts/chart-parts";
import type { BarChartSpec } from "@/components/charts/chart-types";

type Props = Omit<BarChartSpec, "height"> & { title: string; summary: string };

export function BarChartBody(props: Props) {
  const { series, referenceLines = [], stacked = false } = props;
  const { root, xAxis, yAxis, formatValue } = chartProps(props, { withLines: 52, without: 8 });
  return (
    // Reference line labels sit in the right margin: inside the plot they would collide with a bar.
    <BarChart {...root} barGap={2}>
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis {...xAxis} interval="preserveStartEnd" minTickGap={8} />
      <YAxis {...yAxis} allowDecimals={!stacked} width={56} />
      <Tooltip
        cursor={{ fill: "var(--surface-2)" }}
        isAnimationActive={false}
        content={(tooltip) => <ChartTooltip {...tooltip} formatValue={formatValue} stacked={stacked} />}
      />
      {/* Series order, not recharts' alphabetical default: response before resolution. */}
      <Legend iconType="square" iconSize={10} itemSorter={null} formatter={legendText} />
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
      {referenceLineElements(referenceLines)}
    </BarChart>
  );
}
