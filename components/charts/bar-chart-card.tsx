"use client";
// A titled bar chart. recharts measures the DOM, so the chart itself renders in the browser only (and is
// loaded on demand, once the chart nears the viewport): the server and the first client render both draw
// the same placeholder, which keeps hydration clean. Give the page a table or text with the same
// figures; the chart is a picture of them.
import dynamic from "next/dynamic";
import { useId, type ReactNode } from "react";
import type { BarChartSpec } from "@/components/charts/chart-types";
import { ChartPlaceholder } from "@/components/charts/chart-placeholder";
import { useNearViewport } from "@/components/charts/use-near-viewport";
import { cn } from "@/components/ui/cn";

export const DEFAULT_CHART_HEIGHT = 220;

const BarChartBody = dynamic(() => import("@/components/charts/bar-chart-body").then((m) => m.BarChartBody), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

// `children` go under the chart, inside the figure (e.g. the table with the same figures).
type Props = BarChartSpec & {
  title: string;
  summary: string;
  className?: string;
  testId?: string;
  children?: ReactNode;
};

export function BarChartCard({
  title,
  summary,
  className,
  testId,
  height = DEFAULT_CHART_HEIGHT,
  children,
  ...spec
}: Props) {
  const id = useId();
  const { ref, isNear } = useNearViewport<HTMLDivElement>();
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      data-testid={testId}
      className={cn("min-w-0 rounded-lg border border-border bg-surface p-3", className)}
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
        {isNear ? <BarChartBody {...spec} title={title} summary={summary} /> : <ChartPlaceholder />}
      </div>
      {children}
    </figure>
  );
}
