// API routes: the dashboards' data.
import { defineRoute } from "@/lib/api/define-route";
import {
  applicationDashboard,
  dashboardQuery,
  executiveDashboard,
  operationsDashboard,
  securityDashboard,
} from "@/lib/dashboards/schemas";

export const dashboardsRoutes = {
  executiveDashboard: defineRoute({
    method: "GET",
    path: "/api/dashboards/executive",
    summary:
      "Availability and error budgets per tier, 12-month incident trend, MTTA/MTTR, SLA compliance, change success, vendor risk, DR compliance",
    tag: "Dashboards",
    permission: "dashboard:executive",
    query: dashboardQuery,
    response: executiveDashboard,
  }),
  operationsDashboard: defineRoute({
    method: "GET",
    path: "/api/dashboards/operations",
    summary:
      "Open incidents by SLA urgency, breaches and escalations in the last 24 h, overdue updates, today's changes and windows, CAB items waiting",
    tag: "Dashboards",
    permission: "dashboard:operations",
    response: operationsDashboard,
  }),
  applicationDashboard: defineRoute({
    method: "GET",
    path: "/api/dashboards/application",
    summary:
      "Per service: availability, performance against the handbook's standards, capacity with forecasts",
    tag: "Dashboards",
    permission: "dashboard:application",
    query: dashboardQuery,
    response: applicationDashboard,
  }),
  securityDashboard: defineRoute({
    method: "GET",
    path: "/api/dashboards/security",
    summary:
      "Security events by day, type and severity, uninvestigated events, failed sign-ins, anomalies, pending requests, expiring and ADMIN grants",
    tag: "Dashboards",
    permission: "dashboard:security",
    query: dashboardQuery,
    response: securityDashboard,
  }),
} as const;
