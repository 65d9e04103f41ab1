"use client";
// A titled stacked bar chart, drawn like the shared BarChartCard: recharts loads in the browser only,
// behind a placeholder of the same size, so hydration stays clean and nothing shifts. Put the figures
// in a table next to it; the chart is a picture of them.
import dynamic from "next/dynamic";
import { useId, type ReactNode } from "react";
import type { BarChartSpec } from "@/components/charts/chart-types";
import { cn } from "@/components/ui/cn";

const StackedBarBody = dynamic(() => import("@/components/dashboards/stacked-bar-body").then((m) => m.StackedBarBody), {
  ssr: false,
  loading: () => <div className="h-full animate-pulse rounded bg-surface-2" aria-hidden />,
});

type Props = Pick<BarChartSpec, "data" | "categoryKey" | "series" | "yLabel"> & {
  title: string;
  summary: string;
  height?: number;
  className?: string;
  testId?: string;
  children?: ReactNode;
};

export function StackedBarChartCard({ title, summary, height = 220, className, testId, children, ...spec }: Props) {
  const id = useId();
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} data-testid={testId} className={cn("min-w-0 rounded-lg border border-border bg-surface p-3", className)}>
      <figcaption className="mb-2">
        <span id={`${id}-title`} className="block text-sm font-semibold">
          {title}
        </span>
        <span id={`${id}-summary`} className="block text-xs text-muted">
          {summary}
        </span>
      </figcaption>
      <div style={{ height }}>
        <StackedBarBody {...spec} title={title} summary={summary} />
      </div>
      {children}
    </figure>
  );
}
