// The executive dashboard: availability and error budgets this month, the 12-month incident trend by
// severity, MTTA/MTTR trends, SLA compliance per severity over the period, change success, vendor risk
// and DR test compliance. Incident figures come from incident_daily_stats and availability from
// service_impact_daily (both kept by triggers); changes, vendors and DR tests are small tables read
// through their indexes.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { changeMetrics } from "@/lib/changes/change-metrics";
import { drLookbackStart, drSchedule, measureAgainstTargets, type DrTestType } from "@/lib/continuity/rules";
import { periodResponse, resolvePeriod } from "@/lib/dashboards/period";
import type { DashboardQuery, ExecutiveDashboard } from "@/lib/dashboards/schemas";

import { incidentMetrics } from "@/lib/incidents/incident-metrics";
import { SEVERITIES } from "@/lib/incidents/sla";
import { availabilitySummary } from "@/lib/sla/availability-rollup";
import { isReviewOverdue, nextReviewDue } from "@/lib/vendors/cadence";
import { sqlRows } from "@/lib/db/sql";

type MonthRow = {
  month: string;
  severity: string;
  incidents: number;
  acknowledged: number;
  ack_seconds: number;
  resolved: number;
  resolve_seconds: number;
};

// The 12 calendar months ending with the one that contains `to`, as YYYY-MM.
export function trailingMonths(to: Date, count = 12): string[] {
  const months: string[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const d = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - k, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

async function monthlyTrend(to: Date) {
  const months = trailingMonths(to);
  const rows = await sqlRows<MonthRow>(
    Prisma.sql`
      SELECT to_char(day, 'YYYY-MM') AS month, severity::text AS severity, sum(incidents)::int AS incidents,
        sum(acknowledged)::int AS acknowledged, sum(ack_seconds)::float8 AS ack_seconds, sum(resolved)::int AS resolved, sum(resolve_seconds)::float8 AS resolve_seconds
      FROM incident_daily_stats
      WHERE day >= ${`${months[0]}-01`}::date AND day < (${`${months.at(-1)}-01`}::date + interval '1 month')
      GROUP BY 1, 2`,
    { prepared: true },
  );
  const round = (v: number) => Math.round(v * 10) / 10;
  const incidentTrend = months.map((month) => {
    const mine = rows.filter((r) => r.month === month);
    const count = (s: string) => mine.find((r) => r.severity === s)?.incidents ?? 0;
    return { month, P1: count("P1"), P2: count("P2"), P3: count("P3"), P4: count("P4") };
  });
  const responseTrend = months.map((month) => {
    const mine = rows.filter((r) => r.month === month);
    const sum = (k: "acknowledged" | "ack_seconds" | "resolved" | "resolve_seconds") =>
      mine.reduce((s, r) => s + r[k], 0);
    return {
      month,
      mttaMinutes: sum("acknowledged") ? round(sum("ack_seconds") / sum("acknowledged") / 60) : null,
      mttrMinutes: sum("resolved") ? round(sum("resolve_seconds") / sum("resolved") / 60) : null,
    };
  });
  return { incidentTrend, responseTrend };
}

type VendorRow = {
  criticality: "CRITICAL" | "IMPORTANT" | "STANDARD";
  created_at: Date;
  last_assessed_at: Date | null;
  action: "CONTINUE" | "REVIEW" | "REPLACE" | null;
};

async function vendorSummary(now: Date): Promise<ExecutiveDashboard["vendors"]> {
  const rows = await sqlRows<VendorRow>(
    Prisma.sql`
      SELECT v.criticality::text AS criticality, v.created_at, v.last_assessed_at, a.recommended_action::text AS action
      FROM vendors v
      LEFT JOIN LATERAL (SELECT recommended_action FROM vendor_assessments WHERE vendor_id = v.id ORDER BY assessed_at DESC LIMIT 1) a ON true`,
    { prepared: true },
  );
  const actions = ["REPLACE", "REVIEW", "CONTINUE", "UNASSESSED"] as const;
  return {
    total: rows.length,
    byAction: actions.map((action) => ({
      action,
      count: rows.filter((r) => (r.action ?? "UNASSESSED") === action).length,
    })),
    reviewsOverdue: rows.filter((r) =>
      isReviewOverdue(nextReviewDue(r.criticality, r.last_assessed_at, r.created_at), now),
    ).length,
  };
}

type FunctionRow = { id: string; created_at: Date; rto_hours: number; rpo_hours: number };
type TestRow = {
  function_id: string;
  type: DrTestType;
  status: "PLANNED" | "DONE";
  planned_for: Date;
  performed_at: Date | null;
  measured_rto_hours: number | null;
  measured_rpo_hours: number | null;
};

async function drSummary(now: Date): Promise<ExecutiveDashboard["dr"]> {
  // Only the tests that can still decide compliance: the longest interval is 12 months.
  const since = drLookbackStart(now);
  const [functions, tests] = await Promise.all([
    sqlRows<FunctionRow>(Prisma.sql`SELECT id, created_at, rto_hours, rpo_hours FROM business_functions`, {
      prepared: true,
    }),
    sqlRows<TestRow>(
      Prisma.sql`
        SELECT function_id, type::text AS type, status::text AS status, planned_for, performed_at, measured_rto_hours, measured_rpo_hours
        FROM dr_tests WHERE status = 'PLANNED' OR performed_at >= ${since}`,
      { prepared: true },
    ),
  ]);
  let compliant = 0;
  let overdueTests = 0;
  let missedTargets = 0;
  let overdueFunctions = 0;
  let missedFunctions = 0;
  for (const fn of functions) {
    const mine = tests.filter((t) => t.function_id === fn.id);
    const schedule = drSchedule(
      mine.map((t) => ({
        type: t.type,
        status: t.status,
        plannedFor: t.planned_for,
        performedAt: t.performed_at,
      })),
      fn.created_at,
      now,
    );
    const overdue = schedule.filter((s) => s.overdue).length;
    overdueTests += overdue;
    if (overdue === 0) compliant++;
    else overdueFunctions++;
    const missedBefore = missedTargets;
    for (const t of mine) {
      if (t.status !== "DONE") continue;
      const m = measureAgainstTargets(
        { rtoHours: fn.rto_hours, rpoHours: fn.rpo_hours },
        { rtoHours: t.measured_rto_hours, rpoHours: t.measured_rpo_hours },
      );
      if (m.rtoMet === false || m.rpoMet === false) missedTargets++;
    }
    if (missedTargets > missedBefore) missedFunctions++;
  }
  return {
    functions: functions.length,
    compliant,
    overdueTests,
    missedTargets,
    overdueFunctions,
    missedFunctions,
    compliance: functions.length ? compliant / functions.length : null,
  };
}

export async function executiveDashboard(
  query: DashboardQuery,
  now = new Date(),
): Promise<ExecutiveDashboard> {
  const period = resolvePeriod(query, now);
  const [availability, trend, metrics, changes, vendors, dr] = await Promise.all([
    availabilitySummary(period.to, now),
    monthlyTrend(period.to),
    incidentMetrics(period.from, period.to, undefined, now),
    changeMetrics({ from: period.from.toISOString(), to: period.to.toISOString() }, now),
    vendorSummary(now),
    drSummary(now),
  ]);
  return {
    period: periodResponse(period),
    generatedAt: now.toISOString(),
    availability,
    incidentTrend: trend.incidentTrend,
    responseTrend: trend.responseTrend,
    compliance: SEVERITIES.map((severity) => {
      const s = metrics.bySeverity.find((m) => m.severity === severity)!;
      return {
        severity,
        incidents: s.incidents,
        mttaMinutes: s.mttaMinutes,
        mttrMinutes: s.mttrMinutes,
        responseCompliance: s.responseCompliance,
        resolutionCompliance: s.resolutionCompliance,
      };
    }),
    changes: {
      finished: changes.finished,
      completed: changes.completed,
      rolledBack: changes.rolledBack,
      successRate: changes.successRate,
      changeCausedIncidents: changes.changeCausedIncidents,
    },
    vendors,
    dr,
  };
}
