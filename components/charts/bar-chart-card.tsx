"use client";
// A titled bar chart in the kit's ChartFigure (drawn in the browser once it nears the viewport). Give the
// page a table or text with the same figures; the chart is a picture of them.
import dynamic from "next/dynamic";
import type { BarChartSpec } from "@/components/charts/chart-types";
import { ChartFigure, splitChartProps, type ChartFrameProps } from "@/components/charts/chart-figure";
import { ChartPlaceholder } from "@/components/charts/chart-placeholder";

export const DEFAULT_CHART_HEIGHT = 220;

const BarChartBody = dynamic(() => import("@/components/charts/bar-chart-body").then((m) => m.BarChartBody), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

export function BarChartCard({ height = DEFAULT_CHART_HEIGHT, ...props }: BarChartSpec & ChartFrameProps) {
  const { frame, spec } = splitChartProps(props);
  return <ChartFigure {...frame} height={height} chart={<BarChartBody {...spec} />} />;
}
