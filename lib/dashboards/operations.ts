// The operations dashboard: what needs a human now. Every read is bounded by an index: open incidents
// (partial indexes on open status), deadlines and escalations of the last 24 hours (indexes on the due
// times and on fired_at), today's changes and the CAB queue (changes by status and planned time).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/principal";
import { windowStatus } from "@/lib/changes/deployment-windows";
import { toChangeSummary } from "@/lib/changes/get-change";
import { ENVIRONMENTS } from "@/lib/changes/types";
import type { OperationsDashboard } from "@/lib/dashboards/schemas";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { listIncidents } from "@/lib/incidents/list-incidents";
// The SLA states are the incident list's `?sla=` filter too, so each figure opens exactly its incidents.
import { atRiskAt, breachedAt, OPEN_INCIDENT, updateOverdueAt } from "@/lib/incidents/sla-sql";

const DAY = 86_400_000;
const QUEUE_SIZE = 25;
const LIST_SIZE = 50;

type Counts = OperationsDashboard["counts"];
type Ref = { key: string; title: string; severity: "P1" | "P2" | "P3" | "P4"; status: string };

const people = {
  requestedBy: { select: { id: true, name: true } },
  implementer: { select: { id: true, name: true } },
} as const;

export async function operationsDashboard(viewer: Principal, now = new Date()): Promise<OperationsDashboard> {
  const since = new Date(now.getTime() - DAY);
  const dayStart = new Date(Math.floor(now.getTime() / DAY) * DAY);
  const dayEnd = new Date(dayStart.getTime() + DAY);
  const [queue, [counts], breaches, escalations, overdue, changesToday, cabWaiting, freezes] =
    await Promise.all([
      listIncidents({ limit: QUEUE_SIZE }, viewer, now),
      sqlRows<Counts>(
        Prisma.sql`
        SELECT count(*)::int AS open,
          count(*) FILTER (WHERE severity = 'P1')::int AS "P1", count(*) FILTER (WHERE severity = 'P2')::int AS "P2",
          count(*) FILTER (WHERE severity = 'P3')::int AS "P3", count(*) FILTER (WHERE severity = 'P4')::int AS "P4",
          count(*) FILTER (WHERE ${breachedAt(now)})::int AS breached,
          count(*) FILTER (WHERE ${atRiskAt(now)})::int AS "atRisk",
          count(*) FILTER (WHERE ${updateOverdueAt(now)})::int AS "overdueUpdates"
        FROM incidents WHERE ${OPEN_INCIDENT}`,
        { prepared: true },
      ),
      sqlRows<Ref & { clock: "response" | "resolution"; dueAt: Date }>(
        Prisma.sql`
        (SELECT key, title, severity::text AS severity, status::text AS status, 'response' AS clock, response_due_at AS "dueAt" FROM incidents
         WHERE response_due_at > ${since} AND response_due_at <= ${now} AND (acknowledged_at IS NULL OR acknowledged_at > response_due_at))
        UNION ALL
        (SELECT key, title, severity::text, status::text, 'resolution', resolution_due_at FROM incidents
         WHERE resolution_due_at > ${since} AND resolution_due_at <= ${now} AND (resolved_at IS NULL OR resolved_at > resolution_due_at))
        ORDER BY "dueAt" DESC LIMIT ${LIST_SIZE}`,
        { prepared: true },
      ),
      sqlRows<Ref & { level: string; firedAt: Date; notified: number }>(
        Prisma.sql`
        SELECT i.key, i.title, i.severity::text AS severity, i.status::text AS status, e.level, e.fired_at AS "firedAt", e.notified
        FROM incident_escalations e JOIN incidents i ON i.id = e.incident_id
        WHERE e.fired_at > ${since} ORDER BY e.fired_at DESC LIMIT ${LIST_SIZE}`,
        { prepared: true },
      ),
      sqlRows<Ref & { nextUpdateDueAt: Date }>(
        Prisma.sql`
        SELECT key, title, severity::text AS severity, status::text AS status, next_update_due_at AS "nextUpdateDueAt" FROM incidents
        WHERE status IN ('OPEN', 'IN_PROGRESS') AND next_update_due_at < ${now}
        ORDER BY severity, next_update_due_at LIMIT ${LIST_SIZE}`,
        { prepared: true },
      ),
      db.change.findMany({
        where: {
          plannedStart: { lt: dayEnd },
          plannedEnd: { gt: dayStart },
          status: { in: ["APPROVED", "SCHEDULED", "IMPLEMENTING", "VERIFYING", "COMPLETED", "ROLLED_BACK"] },
        },
        include: people,
        orderBy: [{ plannedStart: "asc" }, { id: "asc" }],
        take: LIST_SIZE,
      }),
      db.change.findMany({
        where: { status: "IN_CAB_REVIEW" },
        include: people,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: LIST_SIZE,
      }),
      db.changeFreeze.findMany({
        where: { endsAt: { gt: now }, startsAt: { lt: new Date(now.getTime() + 14 * DAY) } },
        orderBy: { startsAt: "asc" },
        take: LIST_SIZE,
      }),
    ]);
  const iso = (d: Date) => d.toISOString();
  const range = (r: { start: Date; end: Date } | null) =>
    r ? { start: iso(r.start), end: iso(r.end) } : null;
  const freezeSpans = freezes.map((f) => ({
    start: f.startsAt,
    end: f.endsAt,
    reason: f.title,
    environments: f.environments,
  }));
  return {
    generatedAt: iso(now),
    counts: counts!,
    queue: queue.items,
    breaches: breaches.map((b) => ({ ...b, dueAt: iso(b.dueAt) })),
    escalations: escalations.map((e) => ({ ...e, firedAt: iso(e.firedAt) })),
    overdueUpdates: overdue.map((o) => ({ ...o, nextUpdateDueAt: iso(o.nextUpdateDueAt) })),
    changesToday: changesToday.map(toChangeSummary),
    windows: ENVIRONMENTS.map((environment) => {
      const w = windowStatus(environment, now, freezeSpans);
      return { environment, open: w.open, current: range(w.current), next: range(w.next), frozen: w.frozen };
    }),
    freezes: freezes.map((f) => ({ id: f.id, reason: f.title, start: iso(f.startsAt), end: iso(f.endsAt) })),
    cabWaiting: cabWaiting.map(toChangeSummary),
  };
}
