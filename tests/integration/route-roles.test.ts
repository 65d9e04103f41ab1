// Every API route × every role, and anonymous: 200/201/204 where the permission table allows it,
// 401 without credentials, 403 for a role without the permission, 404 for a missing resource.
import { beforeAll, describe, expect, it } from "vitest";
import * as auditRoute from "@/app/api/audit-log/route";
import * as healthRoute from "@/app/api/health/route";
import * as eventsRoute from "@/app/api/events/route";
import * as meRoute from "@/app/api/me/route";
import * as mySessionsRoute from "@/app/api/me/sessions/route";
import * as openapiRoute from "@/app/api/openapi.json/route";
import * as serviceRoute from "@/app/api/services/[slug]/route";
import * as servicesRoute from "@/app/api/services/route";
import * as tokenRoute from "@/app/api/tokens/[id]/route";
import * as tokensRoute from "@/app/api/tokens/route";
import * as actionItemRoute from "@/app/api/action-items/[id]/route";
import * as actionItemsRoute from "@/app/api/action-items/route";
import * as incidentRoute from "@/app/api/incidents/[key]/route";
import * as metricsRoute from "@/app/api/incidents/metrics/route";
import * as postmortemRoute from "@/app/api/incidents/[key]/postmortem/route";
import * as incidentsRoute from "@/app/api/incidents/route";
import * as timelineRoute from "@/app/api/incidents/[key]/timeline/route";
import * as updatesRoute from "@/app/api/incidents/[key]/updates/route";
import * as notificationsRoute from "@/app/api/notifications/route";
import * as readRoute from "@/app/api/notifications/read/route";
import * as usersRoute from "@/app/api/users/route";
import * as changeRoute from "@/app/api/changes/[key]/route";
import * as changeApprovalsRoute from "@/app/api/changes/[key]/approvals/route";
import * as changeGateRoute from "@/app/api/changes/[key]/gate/route";
import * as changeSubmitRoute from "@/app/api/changes/[key]/submit/route";
import * as changeTimelineRoute from "@/app/api/changes/[key]/timeline/route";
import * as changeTransitionsRoute from "@/app/api/changes/[key]/transitions/route";
import * as changesAwaitingRoute from "@/app/api/changes/awaiting-my-vote/route";
import * as changeCalendarRoute from "@/app/api/changes/calendar/route";
import * as changeMetricsRoute from "@/app/api/changes/metrics/route";
import * as changesRoute from "@/app/api/changes/route";
import * as freezeRoute from "@/app/api/change-freezes/[id]/route";
import * as freezesRoute from "@/app/api/change-freezes/route";
import * as accessRequestRoute from "@/app/api/access-requests/[id]/route";
import * as accessCancelRoute from "@/app/api/access-requests/[id]/cancel/route";
import * as accessDecisionRoute from "@/app/api/access-requests/[id]/decision/route";
import * as accessRevokeRoute from "@/app/api/access-requests/[id]/revoke/route";
import * as accessRequestsRoute from "@/app/api/access-requests/route";
import * as adminUserRoute from "@/app/api/admin/users/[id]/route";
import * as adminUsersRoute from "@/app/api/admin/users/route";
import * as securityEventEscalateRoute from "@/app/api/security-events/[id]/escalate/route";
import * as securityEventRoute from "@/app/api/security-events/[id]/route";
import * as securityEventsRoute from "@/app/api/security-events/route";
import * as availabilityRoute from "@/app/api/availability/route";
import * as executiveDashboardRoute from "@/app/api/dashboards/executive/route";
import * as operationsDashboardRoute from "@/app/api/dashboards/operations/route";
import * as applicationDashboardRoute from "@/app/api/dashboards/application/route";
import * as securityDashboardRoute from "@/app/api/dashboards/security/route";
import * as samplesRoute from "@/app/api/metrics/samples/route";
import * as webVitalsRoute from "@/app/api/metrics/web-vitals/route";
import * as prometheusRoute from "@/app/api/metrics/route";
import * as functionRoute from "@/app/api/business-functions/[id]/route";
import * as functionDrTestsRoute from "@/app/api/business-functions/[id]/dr-tests/route";
import * as functionsRoute from "@/app/api/business-functions/route";
import * as drTestRoute from "@/app/api/dr-tests/[id]/route";
import * as vendorAssessmentsRoute from "@/app/api/vendors/[id]/assessments/route";
import * as vendorRoute from "@/app/api/vendors/[id]/route";
import * as vendorsRoute from "@/app/api/vendors/route";
import * as integrationsRoute from "@/app/api/integrations/route";
import * as integrationRoute from "@/app/api/integrations/[id]/route";
import * as integrationLogRoute from "@/app/api/integrations/[id]/notifications/route";
import * as alertmanagerIntakeRoute from "@/app/api/integrations/[id]/alertmanager/route";
import * as eventsIntakeRoute from "@/app/api/integrations/[id]/events/route";
import * as heartbeatIntakeRoute from "@/app/api/integrations/[id]/heartbeat/route";
import * as testIntegrationRoute from "@/app/api/integrations/[id]/test/route";
import * as incidentAlertsRoute from "@/app/api/incidents/[key]/alerts/route";
import * as suspectChangesRoute from "@/app/api/incidents/[key]/suspect-changes/route";
import * as schedulesRoute from "@/app/api/schedules/route";
import * as scheduleRoute from "@/app/api/schedules/[id]/route";
import * as overridesRoute from "@/app/api/schedules/[id]/overrides/route";
import * as overrideRoute from "@/app/api/schedules/[id]/overrides/[overrideId]/route";
import * as onCallRoute from "@/app/api/schedules/[id]/on-call/route";
import * as scheduleTimelineRoute from "@/app/api/schedules/[id]/timeline/route";
import * as feedTokenRoute from "@/app/api/schedules/[id]/feed-token/route";
import * as calendarRoute from "@/app/api/schedules/[id]/calendar.ics/route";
import * as myCalendarFeedRoute from "@/app/api/me/calendar-feed-token/route";
import * as personCalendarRoute from "@/app/api/people/[id]/calendar.ics/route";
import { generateFeedToken } from "@/lib/oncall/feed-token";
import * as policiesRoute from "@/app/api/escalation-policies/route";
import * as policyRoute from "@/app/api/escalation-policies/[id]/route";
import * as myChannelsRoute from "@/app/api/me/notification-channels/route";
import * as userChannelsRoute from "@/app/api/users/[id]/notification-channels/route";
import * as webhooksRoute from "@/app/api/webhooks/route";
import * as webhookRoute from "@/app/api/webhooks/[id]/route";
import * as webhookDeliveriesRoute from "@/app/api/webhooks/[id]/deliveries/route";
import * as webhookResendRoute from "@/app/api/webhooks/[id]/deliveries/[deliveryId]/resend/route";
import * as notificationLogRoute from "@/app/api/notification-deliveries/route";
import * as notificationResendRoute from "@/app/api/notification-deliveries/[deliveryId]/resend/route";
import * as notificationDeliveryRoute from "@/app/api/notification-deliveries/[deliveryId]/route";
import * as channelTestRoute from "@/app/api/me/notification-channels/test/route";
import * as ackLinkRoute from "@/app/api/incidents/[key]/acknowledge-link/route";
import * as pagingRoute from "@/app/api/incidents/[key]/paging/route";
import { createOverride } from "@/lib/oncall/overrides";
import { createIntegration } from "@/lib/alerts/integrations";
import { createAccessRequest } from "@/lib/access/access-requests";
import { db } from "@/lib/db";
import { apiRoutes, type ApiRouteName } from "@/lib/api/routes";
import { can, ROLES, type Role } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/tokens/token-data";
import { call } from "../helpers/api";
import { openStream } from "../helpers/event-stream";
import {
  changeInput,
  createTestChange,
  createTestIncident,
  createTestService,
  createTestUser,
  serviceInput,
} from "../factories";
import { createTestSchedule, scheduleInput } from "../factories/schedules";
import { createTestPolicy, policyInput } from "../factories/escalation";
import { createTestDelivery, createTestWebhook } from "../factories/webhooks";

// ANONYMOUS sends nothing; INTEGRATION sends an alert integration's secret, which authorizes only that
// integration's intake endpoint: every other route treats it as no credentials (401).
type Caller = { role: Role | "ANONYMOUS" | "INTEGRATION"; id: string; email: string; token?: string };
const isUserless = (c: Caller): c is Caller & { role: "ANONYMOUS" | "INTEGRATION" } =>
  c.role === "ANONYMOUS" || c.role === "INTEGRATION";
type Case = {
  ok: number;
  run: (c: Caller) => Promise<{ status: number }>;
  missing?: (c: Caller) => Promise<{ status: number }>;
};

const MISSING_UUID = "00000000-0000-4000-8000-000000000000";
const MISSING_KEY = "INC-1999-9999";
const MISSING_CHANGE = "CHG-1999-9999";

let reporter: Awaited<ReturnType<typeof createTestUser>>;
const incident = (overrides: Parameters<typeof createTestIncident>[1] = {}) =>
  createTestIncident(reporter, overrides);
async function resolvedIncident() {
  const i = await incident();
  await db.incident.update({
    where: { key: i.key },
    data: { status: "RESOLVED", resolvedAt: new Date(), acknowledgedAt: new Date(), resolution: "Fixed" },
  });
  return db.incident.findUniqueOrThrow({ where: { key: i.key } });
}
const postmortem = (ownerId: string) => ({
  rootCause: "Bad deploy",
  resolution: "Rolled back",
  preventionMeasures: [{ description: "Add canary", ownerId, dueDate: "2030-01-31" }],
});
// Domain rules let the requester move their own change: each caller raises the change it then moves.
const asRequester = (c: Caller) =>
  isUserless(c) ? reporter : { id: c.id, email: c.email, name: c.role, roles: [c.role as Role] };
const ownChange = (c: Caller) => createTestChange(asRequester(c));
// MEDIUM risk in production (untested rollback): technical review, where CAB members and ops managers vote.
const changeInReview = () =>
  createTestChange(
    reporter,
    {
      riskAnswers: {
        rollbackTested: "NO",
        changeSize: "SMALL",
        dataMigration: "NONE",
        offHoursDependency: "NO",
        priorFailures: "NO",
      },
    },
    { submit: true },
  );
const freeze = () =>
  db.changeFreeze.create({
    data: {
      title: "Matrix freeze",
      startsAt: new Date("2031-01-01T00:00:00Z"),
      endsAt: new Date("2031-01-02T00:00:00Z"),
      environments: [],
      createdById: reporter.id,
    },
  });
const accessInput = {
  accessType: "READ" as const,
  resources: ["logs:api"],
  justification: "Reading logs for an incident",
  durationDays: 7,
};
const accessRequestBy = (c: Caller) => createAccessRequest({ ...asRequester(c), via: "token" }, accessInput);
async function activeGrant() {
  const request = await createAccessRequest({ ...reporter, via: "token" }, accessInput);
  return db.accessRequest.update({
    where: { id: request.id },
    data: { status: "APPROVED", decidedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) },
  });
}
const securityEvent = (severity: "LOW" | "CRITICAL" = "LOW") =>
  db.securityEvent.create({
    data: { type: "ANOMALY", severity, source: "matrix", summary: "Matrix event", details: {} },
  });
const vendor = () =>
  db.vendor.create({
    data: {
      name: `Vendor ${MISSING_UUID.slice(0, 4)}${Math.random().toString(36).slice(2, 10)}`,
      serviceType: "Email delivery",
      criticality: "IMPORTANT",
      owner: "Platform",
    },
  });
const businessFunction = () =>
  db.businessFunction.create({
    data: {
      name: `Function ${Math.random().toString(36).slice(2, 10)}`,
      criticality: "CRITICAL",
      rtoHours: 4,
      rpoHours: 1,
    },
  });
const scores = {
  reliability: 4,
  performance: 4,
  scalability: 4,
  dataProtection: 4,
  accessControls: 4,
  financialStability: 4,
  supportQuality: 4,
  contractTerms: 4,
};
const nextHour = () => new Date(Date.now() + 3_600_000).toISOString();
const integration = (kind: "ALERTMANAGER" | "EVENTS" | "HEARTBEAT" = "ALERTMANAGER") =>
  createIntegration(
    { ...reporter, roles: ["ADMIN"], via: "token" },
    {
      name: `Matrix ${kind} ${Math.random().toString(36).slice(2, 10)}`,
      kind,
      services: [],
      rules: [],
      severityMap: { critical: "P1", warning: "P3" },
      autoResolve: true,
      paused: false,
      reopenWindowMinutes: 30,
      heartbeatMinutes: kind === "HEARTBEAT" ? 5 : undefined,
      heartbeatSeverity: "P2",
    },
  );
const schedule = () => createTestSchedule(reporter, [reporter.id]);
async function scheduleWithOverride() {
  const s = await schedule();
  const o = await createOverride({ ...reporter, roles: ["ADMIN"], via: "token" }, s.id, {
    version: s.version,
    userId: reporter.id,
    from: "2026-12-10T00:00:00Z",
    to: "2026-12-11T00:00:00Z",
  });
  return { scheduleId: s.id, overrideId: o.id, version: o.scheduleVersion };
}
const alertmanagerBody = {
  version: "4",
  groupKey: '{}:{alertname="Matrix"}',
  status: "firing",
  alerts: [{ status: "firing", labels: { alertname: "Matrix" }, startsAt: "2026-12-07T10:00:00Z" }],
};

const CASES: Record<ApiRouteName, Case> = {
  health: { ok: 200, run: (c) => call(healthRoute.GET, "GET", "/api/health", { token: c.token }) },
  openapi: { ok: 200, run: (c) => call(openapiRoute.GET, "GET", "/api/openapi.json", { token: c.token }) },
  me: { ok: 200, run: (c) => call(meRoute.GET, "GET", "/api/me", { token: c.token }) },
  endMySessions: {
    ok: 200,
    run: (c) => call(mySessionsRoute.DELETE, "DELETE", "/api/me/sessions", { token: c.token }),
  },
  liveEvents: {
    ok: 200,
    run: async (c) => {
      const stream = await openStream(eventsRoute.GET, c.token);
      await stream.close();
      return { status: stream.status };
    },
  },
  listTokens: { ok: 200, run: (c) => call(tokensRoute.GET, "GET", "/api/tokens", { token: c.token }) },
  createToken: {
    ok: 201,
    run: (c) => call(tokensRoute.POST, "POST", "/api/tokens", { token: c.token, body: { name: "matrix" } }),
  },
  revokeToken: {
    ok: 204,
    run: async (c) => {
      const id = isUserless(c)
        ? MISSING_UUID
        : (await createApiToken({ id: c.id, email: c.email }, { name: "to revoke" })).id;
      return call(tokenRoute.DELETE, "DELETE", `/api/tokens/${id}`, { token: c.token, params: { id } });
    },
    missing: (c) => call(tokenRoute.DELETE, "DELETE", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  listServices: { ok: 200, run: (c) => call(servicesRoute.GET, "GET", "/api/services", { token: c.token }) },
  createService: {
    ok: 201,
    run: (c) => call(servicesRoute.POST, "POST", "/api/services", { token: c.token, body: serviceInput() }),
  },
  getService: {
    ok: 200,
    run: async (c) => {
      const s = await createTestService();
      return call(serviceRoute.GET, "GET", "", { token: c.token, params: { slug: s.slug } });
    },
    missing: (c) =>
      call(serviceRoute.GET, "GET", "", { token: c.token, params: { slug: "no-such-service" } }),
  },
  updateService: {
    ok: 200,
    run: async (c) => {
      const s = await createTestService();
      return call(serviceRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { slug: s.slug },
        body: { version: s.version, owner: "Matrix" },
      });
    },
    missing: (c) =>
      call(serviceRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { slug: "no-such-service" },
        body: { version: 1, owner: "Matrix" },
      }),
  },
  listAudit: { ok: 200, run: (c) => call(auditRoute.GET, "GET", "/api/audit-log", { token: c.token }) },
  listUsers: { ok: 200, run: (c) => call(usersRoute.GET, "GET", "/api/users", { token: c.token }) },
  listNotifications: {
    ok: 200,
    run: (c) => call(notificationsRoute.GET, "GET", "/api/notifications", { token: c.token }),
  },
  markNotificationsRead: {
    ok: 200,
    run: (c) =>
      call(readRoute.POST, "POST", "/api/notifications/read", { token: c.token, body: { all: true } }),
  },
  listIncidents: {
    ok: 200,
    run: (c) => call(incidentsRoute.GET, "GET", "/api/incidents", { token: c.token }),
  },
  createIncident: {
    ok: 201,
    run: (c) =>
      call(incidentsRoute.POST, "POST", "/api/incidents", {
        token: c.token,
        body: { title: "Matrix incident", description: "x", severity: "P4" },
      }),
  },
  incidentMetrics: {
    ok: 200,
    run: (c) => call(metricsRoute.GET, "GET", "/api/incidents/metrics", { token: c.token }),
  },
  getIncident: {
    ok: 200,
    run: async (c) =>
      call(incidentRoute.GET, "GET", "", { token: c.token, params: { key: (await incident()).key } }),
    missing: (c) => call(incidentRoute.GET, "GET", "", { token: c.token, params: { key: MISSING_KEY } }),
  },
  updateIncident: {
    ok: 200,
    run: async (c) => {
      const i = await incident();
      return call(incidentRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { key: i.key },
        body: { version: i.version, severity: "P4" },
      });
    },
    missing: (c) =>
      call(incidentRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { key: MISSING_KEY },
        body: { version: 1, severity: "P4" },
      }),
  },
  incidentTimeline: {
    ok: 200,
    run: async (c) =>
      call(timelineRoute.GET, "GET", "", { token: c.token, params: { key: (await incident()).key } }),
    missing: (c) => call(timelineRoute.GET, "GET", "", { token: c.token, params: { key: MISSING_KEY } }),
  },
  listIncidentUpdates: {
    ok: 200,
    run: async (c) =>
      call(updatesRoute.GET, "GET", "", { token: c.token, params: { key: (await incident()).key } }),
    missing: (c) => call(updatesRoute.GET, "GET", "", { token: c.token, params: { key: MISSING_KEY } }),
  },
  postIncidentUpdate: {
    ok: 201,
    run: async (c) =>
      call(updatesRoute.POST, "POST", "", {
        token: c.token,
        params: { key: (await incident()).key },
        body: { impact: "Slow", currentActions: ["Looking"], nextUpdateAt: nextHour() },
      }),
    missing: (c) =>
      call(updatesRoute.POST, "POST", "", {
        token: c.token,
        params: { key: MISSING_KEY },
        body: { impact: "Slow", currentActions: ["Looking"], nextUpdateAt: nextHour() },
      }),
  },
  savePostmortem: {
    ok: 200,
    run: async (c) =>
      call(postmortemRoute.PUT, "PUT", "", {
        token: c.token,
        params: { key: (await resolvedIncident()).key },
        body: postmortem(reporter.id),
      }),
    missing: (c) =>
      call(postmortemRoute.PUT, "PUT", "", {
        token: c.token,
        params: { key: MISSING_KEY },
        body: postmortem(reporter.id),
      }),
  },
  listActionItems: {
    ok: 200,
    run: (c) => call(actionItemsRoute.GET, "GET", "/api/action-items", { token: c.token }),
  },
  updateActionItem: {
    ok: 200,
    run: async (c) => {
      const i = await resolvedIncident();
      const item = await db.postmortemActionItem.create({
        data: { incidentId: i.id, description: "Fix", ownerId: reporter.id, dueDate: new Date("2030-01-01") },
      });
      return call(actionItemRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: item.id },
        body: { version: 1, status: "DONE" },
      });
    },
    missing: (c) =>
      call(actionItemRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, status: "DONE" },
      }),
  },

  listChanges: { ok: 200, run: (c) => call(changesRoute.GET, "GET", "/api/changes", { token: c.token }) },
  createChange: {
    ok: 201,
    run: async (c) =>
      call(changesRoute.POST, "POST", "/api/changes", {
        token: c.token,
        body: changeInput([(await createTestService()).slug]),
      }),
  },
  changeCalendar: {
    ok: 200,
    run: (c) => call(changeCalendarRoute.GET, "GET", "/api/changes/calendar", { token: c.token }),
  },
  changeMetrics: {
    ok: 200,
    run: (c) => call(changeMetricsRoute.GET, "GET", "/api/changes/metrics", { token: c.token }),
  },
  changesAwaitingMyVote: {
    ok: 200,
    run: (c) => call(changesAwaitingRoute.GET, "GET", "/api/changes/awaiting-my-vote", { token: c.token }),
  },
  getChange: {
    ok: 200,
    run: async (c) =>
      call(changeRoute.GET, "GET", "", {
        token: c.token,
        params: { key: (await createTestChange(reporter)).key },
      }),
    missing: (c) => call(changeRoute.GET, "GET", "", { token: c.token, params: { key: MISSING_CHANGE } }),
  },
  updateChange: {
    ok: 200,
    run: async (c) => {
      const change = await ownChange(c);
      return call(changeRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { key: change.key },
        body: { version: change.version, title: "Matrix edit" },
      });
    },
    missing: (c) =>
      call(changeRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { key: MISSING_CHANGE },
        body: { version: 1, title: "Matrix edit" },
      }),
  },
  submitChange: {
    ok: 200,
    run: async (c) => {
      const change = await ownChange(c);
      return call(changeSubmitRoute.POST, "POST", "", {
        token: c.token,
        params: { key: change.key },
        body: { version: change.version },
      });
    },
    missing: (c) =>
      call(changeSubmitRoute.POST, "POST", "", {
        token: c.token,
        params: { key: MISSING_CHANGE },
        body: { version: 1 },
      }),
  },
  voteOnChange: {
    ok: 200,
    run: async (c) =>
      call(changeApprovalsRoute.POST, "POST", "", {
        token: c.token,
        params: { key: (await changeInReview()).key },
        body: { decision: "APPROVE", comment: "ok" },
      }),
    missing: (c) =>
      call(changeApprovalsRoute.POST, "POST", "", {
        token: c.token,
        params: { key: MISSING_CHANGE },
        body: { decision: "APPROVE", comment: "ok" },
      }),
  },
  transitionChange: {
    ok: 200,
    run: async (c) => {
      const change = await ownChange(c);
      return call(changeTransitionsRoute.POST, "POST", "", {
        token: c.token,
        params: { key: change.key },
        body: { version: change.version, to: "CANCELLED" },
      });
    },
    missing: (c) =>
      call(changeTransitionsRoute.POST, "POST", "", {
        token: c.token,
        params: { key: MISSING_CHANGE },
        body: { version: 1, to: "CANCELLED" },
      }),
  },
  changeTimeline: {
    ok: 200,
    run: async (c) =>
      call(changeTimelineRoute.GET, "GET", "", {
        token: c.token,
        params: { key: (await createTestChange(reporter)).key },
      }),
    missing: (c) =>
      call(changeTimelineRoute.GET, "GET", "", { token: c.token, params: { key: MISSING_CHANGE } }),
  },
  changeGate: {
    ok: 200,
    run: async (c) =>
      call(changeGateRoute.GET, "GET", "", {
        token: c.token,
        params: { key: (await createTestChange(reporter)).key },
      }),
    missing: (c) => call(changeGateRoute.GET, "GET", "", { token: c.token, params: { key: MISSING_CHANGE } }),
  },
  listFreezes: {
    ok: 200,
    run: (c) => call(freezesRoute.GET, "GET", "/api/change-freezes", { token: c.token }),
  },
  createFreeze: {
    ok: 201,
    run: (c) =>
      call(freezesRoute.POST, "POST", "/api/change-freezes", {
        token: c.token,
        body: { title: "Matrix freeze", startsAt: "2031-02-01T00:00:00Z", endsAt: "2031-02-02T00:00:00Z" },
      }),
  },
  deleteFreeze: {
    ok: 204,
    run: async (c) => {
      const f = await freeze();
      return call(freezeRoute.DELETE, "DELETE", "", {
        token: c.token,
        params: { id: f.id },
        query: { version: "1" },
      });
    },
    missing: (c) =>
      call(freezeRoute.DELETE, "DELETE", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        query: { version: "1" },
      }),
  },

  listAccessRequests: {
    ok: 200,
    run: (c) => call(accessRequestsRoute.GET, "GET", "/api/access-requests", { token: c.token }),
  },
  createAccessRequest: {
    ok: 201,
    run: (c) =>
      call(accessRequestsRoute.POST, "POST", "/api/access-requests", { token: c.token, body: accessInput }),
  },
  getAccessRequest: {
    ok: 200,
    run: async (c) =>
      call(accessRequestRoute.GET, "GET", "", {
        token: c.token,
        params: { id: (await accessRequestBy(c)).id },
      }),
    missing: (c) => call(accessRequestRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  decideAccessRequest: {
    ok: 200,
    run: async (c) => {
      const request = await createAccessRequest({ ...reporter, via: "token" }, accessInput);
      return call(accessDecisionRoute.POST, "POST", "", {
        token: c.token,
        params: { id: request.id },
        body: { decision: "APPROVE", comment: "ok" },
      });
    },
    missing: (c) =>
      call(accessDecisionRoute.POST, "POST", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { decision: "APPROVE", comment: "ok" },
      }),
  },
  cancelAccessRequest: {
    ok: 200,
    run: async (c) =>
      call(accessCancelRoute.POST, "POST", "", {
        token: c.token,
        params: { id: (await accessRequestBy(c)).id },
        body: { version: 1 },
      }),
    missing: (c) =>
      call(accessCancelRoute.POST, "POST", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1 },
      }),
  },
  revokeAccessGrant: {
    ok: 200,
    run: async (c) => {
      const grant = await activeGrant();
      return call(accessRevokeRoute.POST, "POST", "", {
        token: c.token,
        params: { id: grant.id },
        body: { version: grant.version, reason: "No longer needed" },
      });
    },
    missing: (c) =>
      call(accessRevokeRoute.POST, "POST", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, reason: "No longer needed" },
      }),
  },
  listSecurityEvents: {
    ok: 200,
    run: (c) => call(securityEventsRoute.GET, "GET", "/api/security-events", { token: c.token }),
  },
  recordSecurityEvent: {
    ok: 201,
    run: (c) =>
      call(securityEventsRoute.POST, "POST", "/api/security-events", {
        token: c.token,
        body: { type: "ANOMALY", severity: "LOW", source: "matrix-siem", summary: "Port scan" },
      }),
  },
  getSecurityEvent: {
    ok: 200,
    run: async (c) =>
      call(securityEventRoute.GET, "GET", "", { token: c.token, params: { id: (await securityEvent()).id } }),
    missing: (c) => call(securityEventRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  updateSecurityEvent: {
    ok: 200,
    run: async (c) =>
      call(securityEventRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: (await securityEvent()).id },
        body: { version: 1, investigated: true },
      }),
    missing: (c) =>
      call(securityEventRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, investigated: true },
      }),
  },
  escalateSecurityEvent: {
    ok: 200,
    run: async (c) =>
      call(securityEventEscalateRoute.POST, "POST", "", {
        token: c.token,
        params: { id: (await securityEvent("CRITICAL")).id },
        body: { version: 1 },
      }),
    missing: (c) =>
      call(securityEventEscalateRoute.POST, "POST", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1 },
      }),
  },
  listManagedUsers: {
    ok: 200,
    run: (c) => call(adminUsersRoute.GET, "GET", "/api/admin/users", { token: c.token }),
  },
  updateUser: {
    ok: 200,
    run: async (c) => {
      const person = await createTestUser(["ENGINEER"]);
      return call(adminUserRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: person.id },
        body: { version: 1, roles: ["ENGINEER", "CAB_MEMBER"] },
      });
    },
    missing: (c) =>
      call(adminUserRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, roles: ["ENGINEER"] },
      }),
  },

  prometheusMetrics: {
    ok: 200,
    run: (c) => call(prometheusRoute.GET, "GET", "/api/metrics", { token: c.token }),
  },
  availability: {
    ok: 200,
    run: (c) => call(availabilityRoute.GET, "GET", "/api/availability", { token: c.token }),
  },
  executiveDashboard: {
    ok: 200,
    run: (c) => call(executiveDashboardRoute.GET, "GET", "/api/dashboards/executive", { token: c.token }),
  },
  operationsDashboard: {
    ok: 200,
    run: (c) => call(operationsDashboardRoute.GET, "GET", "/api/dashboards/operations", { token: c.token }),
  },
  applicationDashboard: {
    ok: 200,
    run: (c) => call(applicationDashboardRoute.GET, "GET", "/api/dashboards/application", { token: c.token }),
  },
  securityDashboard: {
    ok: 200,
    run: (c) => call(securityDashboardRoute.GET, "GET", "/api/dashboards/security", { token: c.token }),
  },
  listVendors: { ok: 200, run: (c) => call(vendorsRoute.GET, "GET", "/api/vendors", { token: c.token }) },
  createVendor: {
    ok: 201,
    run: (c) =>
      call(vendorsRoute.POST, "POST", "/api/vendors", {
        token: c.token,
        body: {
          name: `Matrix ${Math.random().toString(36).slice(2)}`,
          serviceType: "CDN",
          criticality: "STANDARD",
          owner: "Platform",
        },
      }),
  },
  getVendor: {
    ok: 200,
    run: async (c) =>
      call(vendorRoute.GET, "GET", "", { token: c.token, params: { id: (await vendor()).id } }),
    missing: (c) => call(vendorRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  updateVendor: {
    ok: 200,
    run: async (c) =>
      call(vendorRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: (await vendor()).id },
        body: { version: 1, owner: "Matrix" },
      }),
    missing: (c) =>
      call(vendorRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, owner: "Matrix" },
      }),
  },
  listAssessments: {
    ok: 200,
    run: async (c) =>
      call(vendorAssessmentsRoute.GET, "GET", "", { token: c.token, params: { id: (await vendor()).id } }),
    missing: (c) =>
      call(vendorAssessmentsRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  createAssessment: {
    ok: 201,
    run: async (c) =>
      call(vendorAssessmentsRoute.POST, "POST", "", {
        token: c.token,
        params: { id: (await vendor()).id },
        body: scores,
      }),
    missing: (c) =>
      call(vendorAssessmentsRoute.POST, "POST", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: scores,
      }),
  },
  listFunctions: {
    ok: 200,
    run: (c) => call(functionsRoute.GET, "GET", "/api/business-functions", { token: c.token }),
  },
  createFunction: {
    ok: 201,
    run: (c) =>
      call(functionsRoute.POST, "POST", "/api/business-functions", {
        token: c.token,
        body: {
          name: `Matrix ${Math.random().toString(36).slice(2)}`,
          criticality: "STANDARD",
          rtoHours: 24,
          rpoHours: 4,
        },
      }),
  },
  getFunction: {
    ok: 200,
    run: async (c) =>
      call(functionRoute.GET, "GET", "", { token: c.token, params: { id: (await businessFunction()).id } }),
    missing: (c) => call(functionRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  updateFunction: {
    ok: 200,
    run: async (c) =>
      call(functionRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: (await businessFunction()).id },
        body: { version: 1, rtoHours: 8 },
      }),
    missing: (c) =>
      call(functionRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, rtoHours: 8 },
      }),
  },
  listDrTests: {
    ok: 200,
    run: async (c) =>
      call(functionDrTestsRoute.GET, "GET", "", {
        token: c.token,
        params: { id: (await businessFunction()).id },
      }),
    missing: (c) =>
      call(functionDrTestsRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  createDrTest: {
    ok: 201,
    run: async (c) =>
      call(functionDrTestsRoute.POST, "POST", "", {
        token: c.token,
        params: { id: (await businessFunction()).id },
        body: { type: "BACKUP_RESTORE", status: "DONE", measuredRtoHours: 1, measuredRpoHours: 0.5 },
      }),
    missing: (c) =>
      call(functionDrTestsRoute.POST, "POST", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { type: "BACKUP_RESTORE", status: "DONE", measuredRtoHours: 1 },
      }),
  },
  completeDrTest: {
    ok: 200,
    run: async (c) => {
      const fn = await businessFunction();
      const test = await db.drTest.create({
        data: { functionId: fn.id, type: "PARTIAL_DRILL", status: "PLANNED", plannedFor: new Date() },
      });
      return call(drTestRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: test.id },
        body: { version: 1, measuredRtoHours: 3 },
      });
    },
    missing: (c) =>
      call(drTestRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, measuredRtoHours: 3 },
      }),
  },
  recordSamples: {
    ok: 202,
    run: async (c) =>
      call(samplesRoute.POST, "POST", "/api/metrics/samples", {
        token: c.token,
        body: {
          samples: [{ service: (await createTestService()).slug, metric: "api_latency_ms", value: 120 }],
        },
      }),
  },
  listIntegrations: {
    ok: 200,
    run: (c) => call(integrationsRoute.GET, "GET", "/api/integrations", { token: c.token }),
  },
  createIntegration: {
    ok: 201,
    run: (c) =>
      call(integrationsRoute.POST, "POST", "/api/integrations", {
        token: c.token,
        body: { name: `Matrix ${c.role} ${Math.random().toString(36).slice(2, 8)}`, kind: "EVENTS" },
      }),
  },
  getIntegration: {
    ok: 200,
    run: async (c) =>
      call(integrationRoute.GET, "GET", "", { token: c.token, params: { id: (await integration()).id } }),
    missing: (c) => call(integrationRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  updateIntegration: {
    ok: 200,
    run: async (c) =>
      call(integrationRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: (await integration()).id },
        body: { version: 1, paused: true },
      }),
    missing: (c) =>
      call(integrationRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, paused: true },
      }),
  },
  integrationLog: {
    ok: 200,
    run: async (c) =>
      call(integrationLogRoute.GET, "GET", "", { token: c.token, params: { id: (await integration()).id } }),
    missing: (c) =>
      call(integrationLogRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  // Intake answers its own secret only (the caller's token plays no part).
  alertmanagerIntake: {
    ok: 200,
    run: async () => {
      const i = await integration();
      return call(alertmanagerIntakeRoute.POST, "POST", "", {
        token: i.secret,
        params: { id: i.id },
        body: alertmanagerBody,
      });
    },
  },
  eventsIntake: {
    ok: 202,
    run: async () => {
      const i = await integration("EVENTS");
      return call(eventsIntakeRoute.POST, "POST", "", {
        params: { id: i.id },
        body: {
          routing_key: i.secret,
          event_action: "trigger",
          payload: { summary: "Matrix", source: "m", severity: "info" },
        },
      });
    },
  },
  heartbeatIntake: {
    ok: 200,
    run: async () => {
      const i = await integration("HEARTBEAT");
      return call(heartbeatIntakeRoute.POST, "POST", "", { token: i.secret, params: { id: i.id } });
    },
  },
  testIntegration: {
    ok: 200,
    run: async (c) =>
      call(testIntegrationRoute.POST, "POST", "", {
        token: c.token,
        params: { id: (await integration()).id },
      }),
    missing: (c) =>
      call(testIntegrationRoute.POST, "POST", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  incidentAlerts: {
    ok: 200,
    run: async (c) =>
      call(incidentAlertsRoute.GET, "GET", "", { token: c.token, params: { key: (await incident()).key } }),
    missing: (c) =>
      call(incidentAlertsRoute.GET, "GET", "", { token: c.token, params: { key: MISSING_KEY } }),
  },
  suspectChanges: {
    ok: 200,
    run: async (c) =>
      call(suspectChangesRoute.GET, "GET", "", { token: c.token, params: { key: (await incident()).key } }),
    missing: (c) =>
      call(suspectChangesRoute.GET, "GET", "", { token: c.token, params: { key: MISSING_KEY } }),
  },
  listSchedules: {
    ok: 200,
    run: (c) => call(schedulesRoute.GET, "GET", "/api/schedules", { token: c.token }),
  },
  createSchedule: {
    ok: 201,
    run: (c) =>
      call(schedulesRoute.POST, "POST", "/api/schedules", {
        token: c.token,
        body: scheduleInput([reporter.id]), // JSON turns the Date into its ISO text
      }),
  },
  getSchedule: {
    ok: 200,
    run: async (c) =>
      call(scheduleRoute.GET, "GET", "", { token: c.token, params: { id: (await schedule()).id } }),
    missing: (c) => call(scheduleRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  updateSchedule: {
    ok: 200,
    run: async (c) =>
      call(scheduleRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: (await schedule()).id },
        body: { version: 1, description: "Edited" },
      }),
    missing: (c) =>
      call(scheduleRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, description: "Edited" },
      }),
  },
  listOverrides: {
    ok: 200,
    run: async (c) =>
      call(overridesRoute.GET, "GET", "", { token: c.token, params: { id: (await schedule()).id } }),
    missing: (c) => call(overridesRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  createOverride: {
    ok: 201,
    run: async (c) =>
      call(overridesRoute.POST, "POST", "", {
        token: c.token,
        params: { id: (await schedule()).id },
        body: { version: 1, userId: reporter.id, from: "2026-12-10T00:00:00Z", to: "2026-12-11T00:00:00Z" },
      }),
    missing: (c) =>
      call(overridesRoute.POST, "POST", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, userId: reporter.id, from: "2026-12-10T00:00:00Z", to: "2026-12-11T00:00:00Z" },
      }),
  },
  deleteOverride: {
    ok: 204,
    run: async (c) => {
      const { scheduleId, overrideId, version } = await scheduleWithOverride();
      return call(overrideRoute.DELETE, "DELETE", "", {
        token: c.token,
        params: { id: scheduleId, overrideId },
        query: { version: String(version) },
      });
    },
    missing: async (c) => {
      const s = await schedule();
      return call(overrideRoute.DELETE, "DELETE", "", {
        token: c.token,
        params: { id: s.id, overrideId: MISSING_UUID },
        query: { version: String(s.version) },
      });
    },
  },
  scheduleOnCall: {
    ok: 200,
    run: async (c) =>
      call(onCallRoute.GET, "GET", "", { token: c.token, params: { id: (await schedule()).id } }),
    missing: (c) => call(onCallRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  scheduleTimeline: {
    ok: 200,
    run: async (c) =>
      call(scheduleTimelineRoute.GET, "GET", "", { token: c.token, params: { id: (await schedule()).id } }),
    missing: (c) =>
      call(scheduleTimelineRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  rotateFeedToken: {
    ok: 200,
    run: async (c) =>
      call(feedTokenRoute.POST, "POST", "", {
        token: c.token,
        params: { id: (await schedule()).id },
        body: { version: 1 },
      }),
    missing: (c) =>
      call(feedTokenRoute.POST, "POST", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1 },
      }),
  },
  // The feed answers its own token only (the caller's credentials play no part).
  scheduleCalendar: {
    ok: 200,
    run: async () => {
      const s = await schedule();
      return call(calendarRoute.GET, "GET", s.feedUrl, { params: { id: s.id } });
    },
  },
  rotateMyCalendarFeed: {
    ok: 200,
    run: (c) =>
      call(myCalendarFeedRoute.POST, "POST", "/api/me/calendar-feed-token", {
        token: c.token,
        body: { action: "rotate" },
      }),
  },
  // A person's feed answers their own token only (the caller's credentials play no part).
  personCalendar: {
    ok: 200,
    run: async () => {
      const feed = generateFeedToken();
      await db.user.update({ where: { id: reporter.id }, data: { calendarFeedTokenHash: feed.hash } });
      return call(personCalendarRoute.GET, "GET", "", {
        params: { id: reporter.id },
        query: { token: feed.token },
      });
    },
  },
  listEscalationPolicies: {
    ok: 200,
    run: (c) => call(policiesRoute.GET, "GET", "/api/escalation-policies", { token: c.token }),
  },
  createEscalationPolicy: {
    ok: 201,
    run: async (c) =>
      call(policiesRoute.POST, "POST", "/api/escalation-policies", {
        token: c.token,
        body: policyInput((await createTestService()).slug, reporter.id),
      }),
  },
  getEscalationPolicy: {
    ok: 200,
    run: async (c) =>
      call(policyRoute.GET, "GET", "", {
        token: c.token,
        params: { id: (await createTestPolicy(reporter)).id },
      }),
    missing: (c) => call(policyRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  updateEscalationPolicy: {
    ok: 200,
    run: async (c) =>
      call(policyRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: (await createTestPolicy(reporter)).id },
        body: { version: 1, repeat: 2 },
      }),
    missing: (c) =>
      call(policyRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, repeat: 2 },
      }),
  },
  // Each caller reads and saves their own channels (every role may).
  getMyNotificationChannels: {
    ok: 200,
    run: (c) => call(myChannelsRoute.GET, "GET", "/api/me/notification-channels", { token: c.token }),
  },
  putMyNotificationChannels: {
    ok: 200,
    run: async (c) => {
      const current = await call(myChannelsRoute.GET, "GET", "/api/me/notification-channels", {
        token: c.token,
      });
      return call(myChannelsRoute.PUT, "PUT", "/api/me/notification-channels", {
        token: c.token,
        body: { version: current.status === 200 ? current.json.version : 0, rules: { P4: ["EMAIL"] } },
      });
    },
  },
  getUserNotificationChannels: {
    ok: 200,
    run: (c) => call(userChannelsRoute.GET, "GET", "", { token: c.token, params: { id: reporter.id } }),
    missing: (c) => call(userChannelsRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  listWebhooks: {
    ok: 200,
    run: (c) => call(webhooksRoute.GET, "GET", "/api/webhooks", { token: c.token }),
  },
  createWebhook: {
    ok: 201,
    run: (c) =>
      call(webhooksRoute.POST, "POST", "/api/webhooks", {
        token: c.token,
        body: { name: "Team receiver", url: "http://localhost:9/hook", events: ["incident.created"] },
      }),
  },
  getWebhook: {
    ok: 200,
    run: async (c) =>
      call(webhookRoute.GET, "GET", "", {
        token: c.token,
        params: { id: (await createTestWebhook(reporter)).id },
      }),
    missing: (c) => call(webhookRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  updateWebhook: {
    ok: 200,
    run: async (c) =>
      call(webhookRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: (await createTestWebhook(reporter)).id },
        body: { version: 1, isActive: false },
      }),
    missing: (c) =>
      call(webhookRoute.PATCH, "PATCH", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        body: { version: 1, isActive: false },
      }),
  },
  deleteWebhook: {
    ok: 204,
    run: async (c) =>
      call(webhookRoute.DELETE, "DELETE", "", {
        token: c.token,
        params: { id: (await createTestWebhook(reporter)).id },
        query: { version: "1" },
      }),
    missing: (c) =>
      call(webhookRoute.DELETE, "DELETE", "", {
        token: c.token,
        params: { id: MISSING_UUID },
        query: { version: "1" },
      }),
  },
  listWebhookDeliveries: {
    ok: 200,
    run: async (c) =>
      call(webhookDeliveriesRoute.GET, "GET", "", {
        token: c.token,
        params: { id: (await createTestWebhook(reporter)).id },
      }),
    missing: (c) =>
      call(webhookDeliveriesRoute.GET, "GET", "", { token: c.token, params: { id: MISSING_UUID } }),
  },
  resendWebhookDelivery: {
    ok: 200,
    run: async (c) => {
      const hook = await createTestWebhook(reporter);
      const deliveryId = await createTestDelivery({ subscriptionId: hook.id });
      return call(webhookResendRoute.POST, "POST", "", {
        token: c.token,
        params: { id: hook.id, deliveryId },
      });
    },
    missing: async (c) =>
      call(webhookResendRoute.POST, "POST", "", {
        token: c.token,
        params: { id: (await createTestWebhook(reporter)).id, deliveryId: "msg_missing" },
      }),
  },
  // Everyone reads their own log; scope=all is for ops managers and admins (asserted in its own test).
  listNotificationLog: {
    ok: 200,
    run: (c) => call(notificationLogRoute.GET, "GET", "/api/notification-deliveries", { token: c.token }),
  },
  resendNotification: {
    ok: 200,
    run: async (c) => {
      const deliveryId = await createTestDelivery({ userId: c.id });
      return call(notificationResendRoute.POST, "POST", "", { token: c.token, params: { deliveryId } });
    },
    missing: (c) =>
      call(notificationResendRoute.POST, "POST", "", {
        token: c.token,
        params: { deliveryId: "msg_missing" },
      }),
  },
  // One's own message; another person's is a 404 unless the caller reads everyone's (asserted elsewhere).
  getNotificationDelivery: {
    ok: 200,
    run: async (c) => {
      const deliveryId = await createTestDelivery({ userId: c.id });
      return call(notificationDeliveryRoute.GET, "GET", "", { token: c.token, params: { deliveryId } });
    },
    missing: (c) =>
      call(notificationDeliveryRoute.GET, "GET", "", {
        token: c.token,
        params: { deliveryId: "msg_missing" },
      }),
  },
  sendTestNotification: {
    ok: 200,
    run: (c) => call(channelTestRoute.POST, "POST", "/api/me/notification-channels/test", { token: c.token }),
  },
  getIncidentPaging: {
    ok: 200,
    run: async (c) => {
      const incident = await createTestIncident(reporter);
      return call(pagingRoute.GET, "GET", "", { token: c.token, params: { key: incident.key } });
    },
    missing: (c) => call(pagingRoute.GET, "GET", "", { token: c.token, params: { key: "INC-1999-9999" } }),
  },
  // A token signed for someone else: every role that may acknowledge is refused with 422 (not 403).
  acknowledgeByLink: {
    ok: 422,
    run: async (c) => {
      const incident = await createTestIncident(reporter);
      return call(ackLinkRoute.POST, "POST", "", {
        token: c.token,
        params: { key: incident.key },
        body: { token: "not.a-token" },
      });
    },
  },
  reportWebVital: {
    ok: 204,
    run: (c) =>
      call(webVitalsRoute.POST, "POST", "/api/metrics/web-vitals", {
        token: c.token,
        body: { name: "LCP", value: 1800 },
      }),
  },
};

const callers: Caller[] = [];

beforeAll(async () => {
  reporter = await createTestUser(["ENGINEER"]);
  callers.push({ role: "ANONYMOUS", id: MISSING_UUID, email: "nobody" });
  for (const role of ROLES) {
    const user = await createTestUser([role]);
    callers.push({ role, id: user.id, email: user.email, token: user.token });
  }
  const sender = await integration("EVENTS");
  callers.push({ role: "INTEGRATION", id: MISSING_UUID, email: "integration", token: sender.secret });
});

function expected(name: ApiRouteName, caller: Caller): number {
  const def = apiRoutes[name];
  if (def.permission === null) return CASES[name].ok;
  if (isUserless(caller)) return 401;
  return can([caller.role as Role], def.permission) ? CASES[name].ok : 403;
}

describe("route × role", () => {
  it("has a case for every route in the table", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(apiRoutes).sort());
  });

  for (const name of Object.keys(apiRoutes) as ApiRouteName[]) {
    it(`${apiRoutes[name].method} ${apiRoutes[name].path}`, async () => {
      const results: Record<string, number> = {};
      const wanted: Record<string, number> = {};
      for (const caller of callers) {
        results[caller.role] = (await CASES[name].run(caller)).status;
        wanted[caller.role] = expected(name, caller);
      }
      expect(results).toEqual(wanted);
    });

    const missing = CASES[name].missing;
    if (missing) {
      it(`${apiRoutes[name].method} ${apiRoutes[name].path} answers 404 for a missing resource`, async () => {
        const allowed = callers.filter(
          (c) => !isUserless(c) && can([c.role as Role], apiRoutes[name].permission!),
        );
        expect(allowed.length).toBeGreaterThan(0);
        for (const caller of allowed) expect((await missing(caller)).status).toBe(404);
      });
    }
  }
});
