// The change calendar: planned changes, deployment window occurrences and freezes in a range, with the
// conflicts between changes (same environment, a common service, overlapping planned windows).
import "server-only";
import { findConflicts } from "@/lib/changes/conflicts";
import { windowsBetween } from "@/lib/changes/deployment-windows";
import { listFreezes } from "@/lib/changes/change-freezes";
import { CONFLICTING_STATUSES, toChangeSummary } from "@/lib/changes/get-change";
import { ENVIRONMENTS, type Environment } from "@/lib/changes/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const DAY = 86_400_000;
export const MAX_CALENDAR_DAYS = 62;

export function startOfUtcWeek(d: Date): Date {
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return new Date(midnight - ((d.getUTCDay() + 6) % 7) * DAY);
}

export async function changeCalendar(
  query: { from?: string; to?: string; environment?: Environment[] },
  now = new Date(),
) {
  const from = query.from ? new Date(query.from) : startOfUtcWeek(now);
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + 7 * DAY);
  if (to.getTime() <= from.getTime())
    throw new AppError("UNPROCESSABLE", "`to` must be after `from`", {
      errors: [{ path: "to", message: "Must be after from" }],
    });
  if (to.getTime() - from.getTime() > MAX_CALENDAR_DAYS * DAY) {
    throw new AppError("UNPROCESSABLE", `The calendar shows at most ${MAX_CALENDAR_DAYS} days at a time`, {
      errors: [{ path: "to", message: `At most ${MAX_CALENDAR_DAYS} days after from` }],
    });
  }
  const environments = query.environment?.length ? [...new Set(query.environment)] : [...ENVIRONMENTS];
  const rows = await db.change.findMany({
    where: {
      environment: { in: environments },
      status: { notIn: ["CANCELLED", "REJECTED"] },
      plannedStart: { lt: to },
      plannedEnd: { gt: from },
    },
    include: {
      requestedBy: { select: { id: true, name: true } },
      implementer: { select: { id: true, name: true } },
    },
    orderBy: [{ plannedStart: "asc" }, { key: "asc" }],
    take: 1000,
  });
  const conflicts = environments.flatMap((environment) =>
    findConflicts(
      rows
        .filter((r) => r.environment === environment && CONFLICTING_STATUSES.includes(r.status))
        .map((r) => ({ key: r.key, services: r.services, start: r.plannedStart, end: r.plannedEnd })),
    ),
  );
  const freezes = (await listFreezes(from, to)).filter(
    (f) => f.environments.length === 0 || f.environments.some((e) => environments.includes(e)),
  );
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    changes: rows.map((r) => ({
      ...toChangeSummary(r),
      conflictsWith: conflicts.flatMap((c) => (c.a === r.key ? [c.b] : c.b === r.key ? [c.a] : [])),
    })),
    windows: environments
      .filter((e) => e !== "DEVELOPMENT")
      .flatMap((environment) =>
        windowsBetween(environment, from, to).map((w) => ({
          environment,
          start: w.start.toISOString(),
          end: w.end.toISOString(),
        })),
      ),
    freezes,
    conflicts,
  };
}
