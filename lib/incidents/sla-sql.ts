// The SLA states of open incidents as SQL predicates over the incidents table, judged at `now`: the one
// definition behind the operations dashboard's "Breached" and "At risk" figures and the incident list's
// `?sla=` filter, so a figure and the list it opens count the same incidents. They say in SQL what
// rowSlaState (app/(portal)/incidents/_components/queue-sla.ts) says for one row on screen.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AT_RISK_FRACTION } from "@/lib/incidents/sla";

export const OPEN_INCIDENT = Prisma.sql`status IN ('OPEN', 'IN_PROGRESS')`;

/** A deadline missed: a running clock past its due time, or one stopped late (a late acknowledgement stays a breach). */
export function breachedAt(now: Date): Prisma.Sql {
  const t = Prisma.sql`${now}::timestamptz`;
  // Never NULL (an unset stop time is tested with IS NULL first), so NOT of it means "not breached".
  return Prisma.sql`(
    (acknowledged_at IS NULL AND ${t} > response_due_at) OR (acknowledged_at IS NOT NULL AND acknowledged_at > response_due_at)
    OR (resolved_at IS NULL AND ${t} > resolution_due_at) OR (resolved_at IS NOT NULL AND resolved_at > resolution_due_at))`;
}

/** Not breached, and the clock that matters now (the response until acknowledged, then the resolution) has used 75 % of its time. */
export function atRiskAt(now: Date): Prisma.Sql {
  const t = Prisma.sql`${now}::timestamptz`;
  const used = (due: Prisma.Sql) =>
    Prisma.sql`${t} - created_at >= (${due} - created_at) * ${AT_RISK_FRACTION}::float8`;
  return Prisma.sql`(NOT ${breachedAt(now)} AND (
    (acknowledged_at IS NULL AND ${used(Prisma.sql`response_due_at`)})
    OR (acknowledged_at IS NOT NULL AND resolved_at IS NULL AND ${used(Prisma.sql`resolution_due_at`)})))`;
}

/** A stakeholder update is due and has not been posted. */
export function updateOverdueAt(now: Date): Prisma.Sql {
  return Prisma.sql`next_update_due_at < ${now}`;
}
