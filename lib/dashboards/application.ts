// GET /api/dashboards/application: per catalog service, its availability this month, its performance
// against the handbook's standards (p95 from the daily histograms) and its capacity with forecasts.
// Performance and capacity come from performance_daily for the UTC days the period touches (whole days:
// the rollup's grain); the forecasts fit the last 30 of them. Availability is the month containing `to`.
import "server-only";
import { resolvePeriod, periodResponse } from "@/lib/dashboards/period";
import {
  CAPACITY_METRICS,
  PERFORMANCE_METRICS,
  type ApplicationDashboard,
  type DashboardQuery,
} from "@/lib/dashboards/schemas";
import { readDailyRollup } from "@/lib/performance/daily-rollup";
import {
  capacityFigure,
  dayNumber,
  performanceFigure,
  periodDays,
  type DayHistogram,
} from "@/lib/performance/figures";
import { availabilitySummary } from "@/lib/sla/availability-rollup";

const METRICS = [...PERFORMANCE_METRICS, ...CAPACITY_METRICS];
const NO_DAYS: ReadonlyMap<number, DayHistogram> = new Map();

export async function applicationDashboard(
  query: DashboardQuery,
  now = new Date(),
): Promise<ApplicationDashboard> {
  const period = resolvePeriod(query, now);
  const fromDay = dayNumber(period.from);
  const toDay = dayNumber(new Date(period.to.getTime() - 1)); // a period ending at midnight does not touch that day
  const { days, labels } = periodDays(fromDay, toDay);
  const [availability, rollup] = await Promise.all([
    availabilitySummary(period.to, now),
    readDailyRollup(fromDay, toDay, METRICS),
  ]);
  return {
    period: periodResponse(period),
    generatedAt: now.toISOString(),
    month: availability.month,
    services: availability.services.map((service) => {
      const byMetric = rollup.get(service.slug);
      const input = (metric: string) => ({ days, labels, byDay: byMetric?.get(metric) ?? NO_DAYS });
      return {
        slug: service.slug,
        name: service.name,
        tier: service.tier,
        availability: service,
        performance: PERFORMANCE_METRICS.map((m) => performanceFigure(m, input(m))),
        capacity: CAPACITY_METRICS.map((m) => capacityFigure(m, input(m))),
      };
    }),
  };
}
