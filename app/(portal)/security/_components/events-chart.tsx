"use client";
// Events per UTC day by type over the last 14 days, counted in the browser from the events themselves.
import { TYPE_COLORS, TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import type { ChartRow } from "@/components/charts/chart-types";
import { ErrorState } from "@/components/ui/states";
import { useNow } from "@/components/ui/use-now";
import { MAX_CHART_EVENTS, useRecentSecurityEvents } from "@/lib/client/security";
import { SECURITY_EVENT_TYPES } from "@/lib/security/schemas";

const DAY = 86_400_000;
const DAYS = 14;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const dayLabel = (ms: number) => `${new Date(ms).getUTCDate()} ${MONTHS[new Date(ms).getUTCMonth()]}`;

export function countByDay(
  events: { at: string; type: (typeof SECURITY_EVENT_TYPES)[number] }[],
  firstDay: number,
): ChartRow[] {
  const rows: ChartRow[] = Array.from({ length: DAYS }, (_, i) => {
    const row: ChartRow = { day: dayLabel(firstDay + i * DAY) };
    for (const t of SECURITY_EVENT_TYPES) row[t] = 0;
    return row;
  });
  for (const e of events) {
    const row = rows[Math.floor((Date.parse(e.at) - firstDay) / DAY)];
    if (row) row[e.type] = Number(row[e.type] ?? 0) + 1;
  }
  return rows;
}

export function EventsChart() {
  // The first of the 14 UTC days; it moves at midnight UTC, not with every render.
  const now = useNow(60_000);
  const firstDay = now === null ? null : Math.floor(now / DAY) * DAY - (DAYS - 1) * DAY;
  const recent = useRecentSecurityEvents(firstDay === null ? null : new Date(firstDay).toISOString());
  if (recent.isError)
    return <ErrorState title="The chart could not be loaded" detail={recent.error.message} />;
  const items = recent.data?.items ?? [];
  const data = firstDay === null ? [] : countByDay(items, firstDay);
  const totals = SECURITY_EVENT_TYPES.map(
    (t) => `${items.filter((e) => e.type === t).length} ${TYPE_LABELS[t].toLowerCase()}`,
  ).join(", ");
  const summary = recent.data
    ? `${items.length} events in the last ${DAYS} days (UTC): ${totals}.${recent.data.isTruncated ? ` Only the latest ${MAX_CHART_EVENTS} are counted, so earlier days show fewer.` : ""}`
    : "Loading the last 14 days…";
  return (
    <BarChartCard
      testId="events-chart"
      title="Events per day by type"
      summary={summary}
      data={data}
      categoryKey="day"
      series={SECURITY_EVENT_TYPES.map((t) => ({ key: t, name: TYPE_LABELS[t], color: TYPE_COLORS[t] }))}
      height={180}
    />
  );
}
