"use client";
// The recharts part of StackedBarChartCard, loaded in the browser only: the shared bar chart kit draws
// grouped bars; this one stacks them (a month's incidents by severity, a day's events by type). Colours
// are CSS variables, so it follows the theme; the keyboard layer is off because the table behind the
// chart carries the same figures.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { BarChartSpec } from "@/components/charts/chart-types";

const TICK = { fill: "var(--muted)", fontSize: 12 };

function TooltipBox({ active, payload, label }: TooltipContentProps) {
  if (!active || !payload.length) return null;
  const total = payload.reduce((sum, entry) => sum + (typeof entry.value === "number" ? entry.value : 0), 0);
  return (
    <div className="rounded-md border border-border bg-surface px-2.5 py-1.5 text-xs text-fg shadow-sm">
      <p className="mb-1 font-medium">
        {label === undefined ? "" : String(label)} · <span className="font-mono tabular-nums">{total}</span> in all
      </p>
      <ul className="space-y-0.5">
        {[...payload].reverse().map((entry) => (
          <li key={String(entry.dataKey)} className="flex items-center gap-1.5">
            <span aria-hidden className="size-2 rounded-sm" style={{ background: entry.color }} />
            <span>{entry.name}:</span>
            <span className="font-mono tabular-nums">{typeof entry.value === "number" ? entry.value : "no data"}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

type Props = Pick<BarChartSpec, "data" | "categoryKey" | "series" | "yLabel"> & { title: string; summary: string };

export function StackedBarBody({ data, categoryKey, series, yLabel, title, summary }: Props) {
  return (
    <BarChart responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false} role="img" title={title} desc={summary}>
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis dataKey={categoryKey} tick={TICK} stroke="var(--border)" tickLine={false} interval="preserveStartEnd" minTickGap={8} />
      <YAxis
        allowDecimals={false}
        tick={TICK}
        stroke="var(--border)"
        tickLine={false}
        width={40}
        label={yLabel ? { value: yLabel, angle: -90, position: "insideLeft", fill: "var(--muted)", fontSize: 11, style: { textAnchor: "middle" } } : undefined}
      />
      <Tooltip cursor={{ fill: "var(--surface-2)" }} isAnimationActive={false} content={(props) => <TooltipBox {...props} />} />
      <Legend iconType="square" iconSize={10} itemSorter={null} formatter={(value: string) => <span style={{ color: "var(--fg)", fontSize: 12 }}>{value}</span>} />
      {series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} stackId="stack" fill={s.color} maxBarSize={32} radius={i === series.length - 1 ? [3, 3, 0, 0] : 0} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
