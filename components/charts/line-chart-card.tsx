"use client";
// A titled line chart, for a value over time (a vendor's score across assessments), in the kit's
// ChartFigure like BarChartCard. Give the page a list or table with the same figures; the chart is a
// picture of them.
import dynamic from "next/dynamic";
import type { LineChartSpec } from "@/components/charts/chart-types";
import { ChartFigure, splitChartProps, type ChartFrameProps } from "@/components/charts/chart-figure";
import { ChartPlaceholder } from "@/components/charts/chart-placeholder";

export type { LineChartSpec, LineSeries } from "@/components/charts/chart-types";

const LineChartBody = dynamic(
  () => import("@/components/charts/line-chart-body").then((m) => m.LineChartBody),
  {
    ssr: false,
    loading: () => <ChartPlaceholder />,
  },
);

export function LineChartCard({ height = 200, ...props }: LineChartSpec & ChartFrameProps) {
  const { frame, spec } = splitChartProps(props);
  return <ChartFigure {...frame} height={height} chart={<LineChartBody {...spec} />} />;
}
