"use client";
// The recharts part of LineChartCard, loaded in the browser only. Every colour is a CSS variable, so the
// chart follows the theme.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip, chartProps, legendText, referenceLineElements } from "@/components/charts/chart-parts";
import type { LineChartSpec } from "@/components/charts/chart-types";

type Props = Omit<LineChartSpec, "height"> & { title: string; summary: string };

export function LineChartBody(props: Props) {
  const { series, referenceLines = [] } = props;
  const { root, xAxis, yAxis, formatValue } = chartProps(props, { withLines: 64, without: 12 });
  return (
    // Reference line labels sit in the right margin, clear of the line.
    <LineChart {...root}>
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis {...xAxis} padding={{ left: 12, right: 12 }} />
      <YAxis {...yAxis} width={48} />
      <Tooltip
        cursor={{ stroke: "var(--border)" }}
        isAnimationActive={false}
        content={(tooltip) => <ChartTooltip {...tooltip} formatValue={formatValue} isRound />}
      />
      {series.length > 1 ? (
        <Legend iconType="plainline" iconSize={12} itemSorter={null} formatter={legendText} />
      ) : null}
      {/* Before the lines, so a point on a threshold stays visible. */}
      {referenceLineElements(referenceLines)}
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
