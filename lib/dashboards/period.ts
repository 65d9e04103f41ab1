// The period a dashboard covers: `?from=&to=` (default: the 30 days before now), at most 3 years.
import { AppError } from "@/lib/errors";
import type { DashboardQuery } from "@/lib/dashboards/schemas";

const DAY = 86_400_000;
export const MAX_PERIOD_DAYS = 3 * 366;

export type Period = { from: Date; to: Date; days: number };

export function resolvePeriod(query: DashboardQuery, now = new Date()): Period {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY);
  if (to.getTime() <= from.getTime())
    throw new AppError("UNPROCESSABLE", "`to` must be after `from`", {
      errors: [{ path: "to", message: "Must be after from" }],
    });
  const days = (to.getTime() - from.getTime()) / DAY;
  if (days > MAX_PERIOD_DAYS)
    throw new AppError("UNPROCESSABLE", "A dashboard period is at most 3 years", {
      errors: [{ path: "from", message: "At most 3 years before to" }],
    });
  return { from, to, days: Math.round(days * 100) / 100 };
}

export const periodResponse = (p: Period) => ({
  from: p.from.toISOString(),
  to: p.to.toISOString(),
  days: p.days,
});

// UTC calendar day helpers shared by the rollup readers.
export const utcDay = (d: Date) => d.toISOString().slice(0, 10);
export const startOfUtcDay = (d: Date) => new Date(Math.floor(d.getTime() / DAY) * DAY);
export const DAY_MS = DAY;
