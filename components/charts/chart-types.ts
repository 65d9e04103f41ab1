// The chart kit's data shapes: the server (or the page) shapes rows, the kit only draws them.
// A null value draws no bar: "no data" must not look like zero.
export type ChartRow = Record<string, string | number | null>;

// Colours are CSS variables (var(--accent)…) so a chart follows the light/dark theme without re-rendering.
export type BarSeries = { key: string; name: string; color: string };

export type ChartReferenceLine = { y: number; label: string; color: string };

export type BarChartSpec = {
  data: ChartRow[];
  categoryKey: string;
  series: BarSeries[];
  yDomain?: [number, number];
  yTicks?: number[];
  yLabel?: string;
  formatTick?: (value: number) => string;
  // Tooltip text for one bar; `category` is the row's categoryKey value.
  formatValue?: (value: number, seriesKey: string, category: string) => string;
  referenceLines?: ChartReferenceLine[];
  height?: number;
  // Stack the series in one bar per category (parts of a whole: a month's incidents by severity) instead
  // of grouping them side by side; the tooltip then also gives the total.
  stacked?: boolean;
};
