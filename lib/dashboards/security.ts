// The security dashboard: events by day, type and severity from security_event_daily (kept by triggers
// on security_events), the UTC days the period touches; failed sign-ins are the LOGIN_ATTEMPT events
// above LOW (the portal records a successful sign-in as LOW, a failure as MEDIUM, a rate-limited one as
// HIGH). Lists (anomalies, uninvestigated events, requests, grants) are short and read through indexes.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { periodResponse, resolvePeriod, utcDay } from "@/lib/dashboards/period";
import type { DashboardQuery, SecurityDashboard } from "@/lib/dashboards/schemas";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { SECURITY_EVENT_TYPES, SECURITY_SEVERITIES } from "@/lib/security/schemas";
import { securityEventInclude, toSecurityEventResponse } from "@/lib/security/security-events";

const DAY = 86_400_000;
const SEVERITY_RANK = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;

type DailyRow = {
  day: string;
  type: (typeof SECURITY_EVENT_TYPES)[number];
  severity: (typeof SECURITY_SEVERITIES)[number];
  events: number;
  uninvestigated: number;
};
type GrantRow = {
  id: string;
  requester: string;
  grantee: string;
  accessType: string;
  resources: string[];
  expiresAt: Date | null;
  decidedAt: Date | null;
};

const GRANT_COLUMNS = Prisma.sql`r.id, q.name AS requester, g.name AS grantee, r.access_type::text AS "accessType", r.resources, r.expires_at AS "expiresAt", r.decided_at AS "decidedAt"`;
const GRANT_JOINS = Prisma.sql`FROM access_requests r JOIN users q ON q.id = r.requested_by_id JOIN users g ON g.id = r.requested_for_id`;

export async function securityDashboard(query: DashboardQuery, now = new Date()): Promise<SecurityDashboard> {
  const period = resolvePeriod(query, now);
  const fromDay = utcDay(period.from);
  const toDay = utcDay(new Date(period.to.getTime() - 1));
  const soon = new Date(now.getTime() + 7 * DAY);
  const [daily, anomalies, uninvestigated, pending, expiring, admin, [grantCounts]] = await Promise.all([
    sqlRows<DailyRow>(
      Prisma.sql`
        SELECT to_char(day, 'YYYY-MM-DD') AS day, type::text AS type, severity::text AS severity, events, uninvestigated
        FROM security_event_daily WHERE day >= ${fromDay}::date AND day <= ${toDay}::date ORDER BY day`,
      { prepared: true },
    ),
    db.securityEvent.findMany({
      where: { type: "ANOMALY", at: { gte: period.from, lt: period.to } },
      include: securityEventInclude,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 10,
    }),
    db.securityEvent.findMany({
      where: { investigated: false },
      include: securityEventInclude,
      orderBy: [{ investigated: "asc" }, { at: "desc" }],
      take: 10,
    }),
    sqlRows<GrantRow>(
      Prisma.sql`SELECT ${GRANT_COLUMNS} ${GRANT_JOINS} WHERE r.status = 'PENDING' ORDER BY r.created_at LIMIT 20`,
      { prepared: true },
    ),
    sqlRows<GrantRow>(
      Prisma.sql`SELECT ${GRANT_COLUMNS} ${GRANT_JOINS} WHERE r.status = 'APPROVED' AND r.expires_at > ${now} AND r.expires_at <= ${soon} ORDER BY r.expires_at LIMIT 20`,
      { prepared: true },
    ),
    sqlRows<GrantRow>(
      Prisma.sql`SELECT ${GRANT_COLUMNS} ${GRANT_JOINS} WHERE r.status = 'APPROVED' AND r.access_type = 'ADMIN' AND (r.expires_at IS NULL OR r.expires_at > ${now}) ORDER BY r.expires_at LIMIT 20`,
      { prepared: true },
    ),
    sqlRows<{ pending: number; expiring: number; admin: number }>(
      Prisma.sql`
        SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
          count(*) FILTER (WHERE status = 'APPROVED' AND expires_at > ${now} AND expires_at <= ${soon})::int AS expiring,
          count(*) FILTER (WHERE status = 'APPROVED' AND access_type = 'ADMIN' AND (expires_at IS NULL OR expires_at > ${now}))::int AS admin
        FROM access_requests WHERE status IN ('PENDING', 'APPROVED')`,
      { prepared: true },
    ),
  ]);

  const days: string[] = [];
  for (let t = Date.parse(`${fromDay}T00:00:00Z`); t <= Date.parse(`${toDay}T00:00:00Z`); t += DAY)
    days.push(new Date(t).toISOString().slice(0, 10));
  const isFailedSignIn = (r: DailyRow) => r.type === "LOGIN_ATTEMPT" && r.severity !== "LOW";
  const byDay = days.map((day) => {
    const mine = daily.filter((r) => r.day === day);
    const count = (type: DailyRow["type"]) =>
      mine.filter((r) => r.type === type).reduce((s, r) => s + r.events, 0);
    return {
      day,
      LOGIN_ATTEMPT: count("LOGIN_ATTEMPT"),
      DATA_ACCESS: count("DATA_ACCESS"),
      SYSTEM_CHANGE: count("SYSTEM_CHANGE"),
      ANOMALY: count("ANOMALY"),
      failedSignIns: mine.filter(isFailedSignIn).reduce((s, r) => s + r.events, 0),
    };
  });
  const sum = (rows: DailyRow[], k: "events" | "uninvestigated") => rows.reduce((s, r) => s + r[k], 0);
  const grant = (g: GrantRow) => ({
    ...g,
    expiresAt: g.expiresAt?.toISOString() ?? null,
    decidedAt: g.decidedAt?.toISOString() ?? null,
  });
  return {
    period: periodResponse(period),
    generatedAt: now.toISOString(),
    totals: {
      events: sum(daily, "events"),
      uninvestigated: sum(daily, "uninvestigated"),
      failedSignIns: sum(daily.filter(isFailedSignIn), "events"),
      anomalies: sum(
        daily.filter((r) => r.type === "ANOMALY"),
        "events",
      ),
      pendingAccessRequests: grantCounts?.pending ?? 0,
      grantsExpiringSoon: grantCounts?.expiring ?? 0,
      adminGrants: grantCounts?.admin ?? 0,
    },
    byDay,
    bySeverity: SECURITY_SEVERITIES.map((severity) => {
      const mine = daily.filter((r) => r.severity === severity);
      return { severity, events: sum(mine, "events"), uninvestigated: sum(mine, "uninvestigated") };
    }),
    byType: SECURITY_EVENT_TYPES.map((type) => {
      const mine = daily.filter((r) => r.type === type);
      return { type, events: sum(mine, "events"), uninvestigated: sum(mine, "uninvestigated") };
    }),
    recentAnomalies: anomalies.map(toSecurityEventResponse),
    uninvestigatedEvents: uninvestigated
      .sort(
        (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.at.getTime() - a.at.getTime(),
      )
      .map(toSecurityEventResponse),
    pendingAccessRequests: pending.map(grant),
    grantsExpiringSoon: expiring.map(grant),
    adminGrants: admin.map(grant),
  };
}
