"use client";
// What the bar and line chart bodies draw alike: tick text, the y axis label, the tooltip box, the legend
// text and the dashed target lines. Every colour is a CSS variable, so a chart follows the theme.
import { ReferenceLine, type TooltipContentProps } from "recharts";
import { cn } from "@/components/ui/cn";
import type { ChartReferenceLine, ChartSpec } from "@/components/charts/chart-types";

export const TICK = { fill: "var(--muted)", fontSize: 12 };

export type FormatValue = (value: number, seriesKey: string, category: string) => string;

/** The y axis `label` prop: the unit, turned along the axis. */
export const yAxisLabel = (yLabel: string | undefined) =>
  yLabel
    ? {
        value: yLabel,
        angle: -90,
        position: "insideLeft" as const,
        fill: "var(--muted)",
        fontSize: 11,
        style: { textAnchor: "middle" as const },
      }
    : undefined;

export const legendText = (value: string) => (
  <span style={{ color: "var(--fg)", fontSize: 12 }}>{value}</span>
);

/** Dashed target lines, labelled in the right margin (inside the plot a label would collide with a bar). */
export const referenceLineElements = (lines: ChartReferenceLine[]) =>
  lines.map((line) => (
    <ReferenceLine
      key={line.y}
      y={line.y}
      stroke={line.color}
      strokeDasharray="5 3"
      strokeWidth={1.5}
      ifOverflow="extendDomain"
      label={{ value: line.label, position: "right", fill: line.color, fontSize: 11 }}
    />
  ));

type TooltipProps = TooltipContentProps & {
  formatValue: FormatValue;
  /** A stack: say its total, and list the parts top down like the bar. */
  stacked?: boolean;
  /** The series marker: a square for bars, a dot for lines. */
  isRound?: boolean;
};

export function ChartTooltip({
  active,
  payload,
  label,
  formatValue,
  stacked = false,
  isRound = false,
}: TooltipProps) {
  if (!active || !payload.length) return null;
  const category = label === undefined ? "" : String(label);
  const total = payload.reduce((sum, entry) => sum + (typeof entry.value === "number" ? entry.value : 0), 0);
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
              <span
                aria-hidden
                className={cn("size-2", isRound ? "rounded-full" : "rounded-sm")}
                style={{ background: entry.color }}
              />
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

type BodyProps = Omit<ChartSpec, "height"> & { title: string; summary: string };

const AXIS = { tick: TICK, stroke: "var(--border)", tickLine: false };

/**
 * What a chart body spreads on recharts: the root's props (rows, margin, name; the right margin is wider
 * when target lines need their labels there), both axes', and the tooltip's text for a value.
 */
export function chartProps(props: BodyProps, rightMargin: { withLines: number; without: number }) {
  const formatTick = props.formatTick ?? String;
  const hasLines = (props.referenceLines ?? []).length > 0;
  return {
    root: {
      responsive: true,
      style: { width: "100%", height: "100%" },
      data: props.data,
      margin: { top: 12, right: hasLines ? rightMargin.withLines : rightMargin.without, bottom: 0, left: 4 },
      // The keyboard layer is off: the page's table or list carries the same figures.
      accessibilityLayer: false,
      role: "img",
      title: props.title,
      desc: props.summary,
    },
    xAxis: { ...AXIS, dataKey: props.categoryKey },
    yAxis: {
      ...AXIS,
      domain: props.yDomain,
      ticks: props.yTicks,
      tickFormatter: formatTick,
      label: yAxisLabel(props.yLabel),
    },
    formatValue: props.formatValue ?? ((value: number) => formatTick(value)),
  };
}
