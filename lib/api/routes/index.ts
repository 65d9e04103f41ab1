// Every API route's contract, one file per domain beside this one. Route files import their entry;
// /api/openapi.json and the route × role test are generated from this table, so a route cannot exist
// without being documented and tested.
import { accessRoutes } from "@/lib/api/routes/access";
import { adminUsersRoutes } from "@/lib/api/routes/admin-users";
import { auditRoutes } from "@/lib/api/routes/audit";
import { changesRoutes } from "@/lib/api/routes/changes";
import { continuityRoutes } from "@/lib/api/routes/continuity";
import { dashboardsRoutes } from "@/lib/api/routes/dashboards";
import { escalationRoutes } from "@/lib/api/routes/escalation";
import { incidentsRoutes } from "@/lib/api/routes/incidents";
import { integrationsRoutes } from "@/lib/api/routes/integrations";
import { metricsRoutes } from "@/lib/api/routes/metrics";
import { notificationsRoutes } from "@/lib/api/routes/notifications";
import { oncallRoutes } from "@/lib/api/routes/oncall";
import { securityRoutes } from "@/lib/api/routes/security";
import { servicesRoutes } from "@/lib/api/routes/services";
import { systemRoutes } from "@/lib/api/routes/system";
import { tokensRoutes } from "@/lib/api/routes/tokens";
import { vendorsRoutes } from "@/lib/api/routes/vendors";
import { notificationLogRoutes } from "@/lib/api/routes/notification-log";
import { webhookRoutes } from "@/lib/api/routes/webhooks";

export { healthResponse, meResponse } from "@/lib/api/routes/system";

const { openapi, listUsers, ...systemSessionRoutes } = systemRoutes;
const { recordSamples, reportWebVital, ...metricsReadRoutes } = metricsRoutes;

// The order is the published document's path order (clients diff /api/openapi.json): keep it when adding
// a domain, append new routes at the end of their domain.
export const apiRoutes = {
  ...systemSessionRoutes,
  ...tokensRoutes,
  ...servicesRoutes,
  ...auditRoutes,
  openapi,
  listUsers,
  ...notificationsRoutes,
  ...incidentsRoutes,
  ...changesRoutes,
  ...accessRoutes,
  ...securityRoutes,
  ...adminUsersRoutes,
  ...vendorsRoutes,
  ...continuityRoutes,
  ...metricsReadRoutes,
  ...dashboardsRoutes,
  recordSamples,
  reportWebVital,
  ...integrationsRoutes,
  ...oncallRoutes,
  ...escalationRoutes,
  ...webhookRoutes,
  ...notificationLogRoutes,
} as const;

export type ApiRouteName = keyof typeof apiRoutes;
