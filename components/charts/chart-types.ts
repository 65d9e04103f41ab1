// The chart kit's data shapes: the server (or the page) shapes rows, the kit only draws them.
// A null value draws no bar: "no data" must not look like zero.
export type ChartRow = Record<string, string | number | null>;

// Colours are CSS variables (var(--accent)…) so a chart follows the light/dark theme without re-rendering.
export type ChartSeries = { key: string; name: string; color: string };
export type BarSeries = ChartSeries;
export type LineSeries = ChartSeries;

export type ChartReferenceLine = { y: number; label: string; color: string };

/** What every chart of the kit draws: rows, one series per bar or line, the y axis and target lines. */
export type ChartSpec = {
  data: ChartRow[];
  categoryKey: string;
  series: ChartSeries[];
  yDomain?: [number, number];
  yTicks?: number[];
  yLabel?: string;
  formatTick?: (value: number) => string;
  // Tooltip text for one value; `category` is the row's categoryKey value.
  formatValue?: (value: number, seriesKey: string, category: string) => string;
  referenceLines?: ChartReferenceLine[];
  height?: number;
};

export type BarChartSpec = ChartSpec & {
  // Stack the series in one bar per category (parts of a whole: a month's incidents by severity) instead
  // of grouping them side by side; the tooltip then also gives the total.
  stacked?: boolean;
};

export type LineChartSpec = ChartSpec;
