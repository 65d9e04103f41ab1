// Fills the fixed-height box a chart will occupy until recharts has loaded and drawn it, so nothing
// shifts when the chart arrives.
export function ChartPlaceholder() {
  return <div className="h-full animate-pulse rounded bg-surface-2" aria-hidden />;
}
