"use client";
// A titled line chart, for a value over time (a vendor's score across assessments). Like BarChartCard,
// recharts renders in the browser only (loaded on demand, once the chart nears the viewport) behind a
// same-size placeholder, so hydration stays clean. Give the page a list or table with the same figures;
// the chart is a picture of them.
import dynamic from "next/dynamic";
import { useId } from "react";
import type { ChartReferenceLine, ChartRow } from "@/components/charts/chart-types";
import { ChartPlaceholder } from "@/components/charts/chart-placeholder";
import { useNearViewport } from "@/components/charts/use-near-viewport";
import { cn } from "@/components/ui/cn";

// Colours are CSS variables (var(--accent)…) so the chart follows the light/dark theme.
export type LineSeries = { key: string; name: string; color: string };

export type LineChartSpec = {
  data: ChartRow[];
  categoryKey: string;
  series: LineSeries[];
  yDomain?: [number, number];
  yTicks?: number[];
  yLabel?: string;
  formatTick?: (value: number) => string;
  formatValue?: (value: number, seriesKey: string, category: string) => string;
  referenceLines?: ChartReferenceLine[];
  height?: number;
};

const LineChartBody = dynamic(
  () => import("@/components/charts/line-chart-body").then((m) => m.LineChartBody),
  {
    ssr: false,
    loading: () => <ChartPlaceholder />,
  },
);

type Props = LineChartSpec & { title: string; summary: string; className?: string; testId?: string };

export function LineChartCard({ title, summary, className, testId, height = 200, ...spec }: Props) {
  const id = useId();
  const { ref, isNear } = useNearViewport<HTMLDivElement>();
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      data-testid={testId}
      className={cn("rounded-lg border border-border bg-surface p-3", className)}
    >
      <figcaption className="mb-2">
        <span id={`${id}-title`} className="block text-sm font-medium">
          {title}
        </span>
        <span id={`${id}-summary`} className="block text-xs text-muted">
          {summary}
        </span>
      </figcaption>
      <div ref={ref} style={{ height }}>
        {isNear ? <LineChartBody {...spec} title={title} summary={summary} /> : <ChartPlaceholder />}
      </div>
    </figure>
  );
}
