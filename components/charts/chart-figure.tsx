"use client";
// The frame every chart of the kit sits in: a <figure> named by its title and described by its summary,
// and a fixed-height box that holds a placeholder until the chart nears the viewport. recharts measures
// the DOM, so the chart itself renders in the browser only (loaded on demand): the server and the first
// client render both draw the same placeholder, which keeps hydration clean.
import { useId, type ReactNode } from "react";
import { ChartPlaceholder } from "@/components/charts/chart-placeholder";
import { useNearViewport } from "@/components/charts/use-near-viewport";
import { cn } from "@/components/ui/cn";

/** What a chart card takes besides its ChartSpec. */
export type ChartFrameProps = {
  title: string;
  summary: string;
  className?: string;
  testId?: string;
  /** Under the chart, inside the figure (e.g. the table with the same figures). */
  children?: ReactNode;
};

/** A chart card's props as the frame's and the chart body's (which also takes the title and summary). */
export function splitChartProps<P extends ChartFrameProps>(props: P) {
  const { className, testId, children, ...spec } = props;
  return { frame: { title: props.title, summary: props.summary, className, testId, children }, spec };
}

type Props = ChartFrameProps & {
  height: number;
  /** The chart, drawn once the figure nears the viewport. */
  chart: ReactNode;
};

export function ChartFigure({ title, summary, height, chart, className, testId, children }: Props) {
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
        {isNear ? chart : <ChartPlaceholder />}
      </div>
      {children}
    </figure>
  );
}
