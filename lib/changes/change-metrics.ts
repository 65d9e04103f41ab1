// Change success rate and change-caused incidents for a period (dashboards). A change counts in the
// period it finished (completed or rolled back); it succeeded if it completed and no incident was
// linked to it as the cause.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { CHANGE_CATEGORIES, type ChangeCategory } from "@/lib/changes/types";

import { AppError } from "@/lib/errors";
import { sqlRows } from "@/lib/db/sql";

type Row = {
  category: ChangeCategory;
  finished: number;
  completed: number;
  rolled_back: number;
  caused: number;
  successful: number;
};

export async function changeMetrics(query: { from?: string; to?: string }, now = new Date()) {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 90 * 86_400_000);
  if (to.getTime() <= from.getTime())
    throw new AppError("UNPROCESSABLE", "`to` must be after `from`", {
      errors: [{ path: "to", message: "Must be after from" }],
    });
  const rows = await sqlRows<Row>(
    Prisma.sql`
    SELECT c.category::text AS category,
      count(*)::int AS finished,
      count(*) FILTER (WHERE c.rollback_notes IS NULL)::int AS completed,
      count(*) FILTER (WHERE c.rollback_notes IS NOT NULL)::int AS rolled_back,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM incidents i WHERE i.caused_by_change_id = c.id))::int AS caused,
      count(*) FILTER (WHERE c.rollback_notes IS NULL AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.caused_by_change_id = c.id))::int AS successful
    FROM changes c
    WHERE c.finished_at >= ${from} AND c.finished_at < ${to}
    GROUP BY c.category`,
    { prepared: true },
  );
  const [incidents] = await sqlRows<{ n: number }>(
    Prisma.sql`
    SELECT count(*)::int AS n FROM incidents WHERE caused_by_change_id IS NOT NULL AND created_at >= ${from} AND created_at < ${to}`,
    { prepared: true },
  );
  const sum = (k: keyof Omit<Row, "category">) => rows.reduce((s, r) => s + r[k], 0);
  const finished = sum("finished");
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    finished,
    completed: sum("completed"),
    rolledBack: sum("rolled_back"),
    causedIncidents: sum("caused"),
    successRate: finished ? sum("successful") / finished : null,
    changeCausedIncidents: incidents?.n ?? 0,
    byCategory: CHANGE_CATEGORIES.map((category) => {
      const r = rows.find((x) => x.category === category);
      return { category, finished: r?.finished ?? 0, successful: r?.successful ?? 0 };
    }),
  };
}
