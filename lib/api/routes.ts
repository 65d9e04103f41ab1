// Every API route's contract. Route files import their entry; /api/openapi.json and the route × role
// test are generated from this table, so a route cannot exist without being documented and tested.
import { z } from "zod";
import { auditListQuery, auditRecordResponse } from "@/lib/audit/schemas";
import { defineRoute } from "@/lib/api/define-route";
import { pageResponse } from "@/lib/api/pagination";
import { ROLES } from "@/lib/auth/permissions";
import {
  createServiceInput,
  serviceListQuery,
  serviceListResponse,
  serviceParams,
  serviceResponse,
  updateServiceInput,
} from "@/lib/services/schemas";
import { createdTokenResponse, createTokenInput, tokenListResponse, tokenParams } from "@/lib/tokens/schemas";
import { actionItemListQuery, actionItemParams, updateActionItemInput } from "@/lib/incidents/action-item-schemas";
import {
  actionItemResponse,
  createIncidentInput,
  createUpdateInput,
  incidentListQuery,
  incidentListResponse,
  incidentParams,
  incidentResponse,
  incidentUpdateResponse,
  metricsQuery,
  metricsResponse,
  postmortemInput,
  timelineResponse,
  updateIncidentInput,
} from "@/lib/incidents/schemas";
import { markReadInput, notificationListResponse } from "@/lib/notifications/schemas";
import { userListResponse } from "@/lib/users/schemas";

export const meResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.string()),
});

export const healthResponse = z.object({ status: z.enum(["ok", "degraded"]), database: z.enum(["ok", "down"]) });

export const apiRoutes = {
  health: defineRoute({ method: "GET", path: "/api/health", summary: "Liveness and database check", tag: "System", permission: null, response: healthResponse }),
  me: defineRoute({ method: "GET", path: "/api/me", summary: "The caller's identity and roles", tag: "System", permission: "profile:read", response: meResponse }),

  listTokens: defineRoute({ method: "GET", path: "/api/tokens", summary: "The caller's API tokens (no secrets)", tag: "Tokens", permission: "token:manage", response: tokenListResponse }),
  createToken: defineRoute({
    method: "POST",
    path: "/api/tokens",
    summary: "Create a personal API token; the secret is returned this once",
    tag: "Tokens",
    permission: "token:manage",
    body: createTokenInput,
    response: createdTokenResponse,
    status: 201,
    // Not idempotent on purpose: replaying would mean storing the secret.
  }),
  revokeToken: defineRoute({
    method: "DELETE",
    path: "/api/tokens/{id}",
    summary: "Revoke one of the caller's tokens",
    tag: "Tokens",
    permission: "token:manage",
    params: tokenParams,
    status: 204,
  }),

  listServices: defineRoute({
    method: "GET",
    path: "/api/services",
    summary: "The service catalog",
    tag: "Services",
    permission: "service:read",
    query: serviceListQuery,
    response: serviceListResponse,
    csv: {
      filename: "services",
      columns: [
        { header: "slug", value: (s) => s.slug },
        { header: "name", value: (s) => s.name },
        { header: "owner", value: (s) => s.owner },
        { header: "tier", value: (s) => s.tier },
        { header: "sla_target_percent", value: (s) => s.slaTarget },
        { header: "description", value: (s) => s.description },
        { header: "updated_at", value: (s) => s.updatedAt },
      ],
    },
  }),
  createService: defineRoute({
    method: "POST",
    path: "/api/services",
    summary: "Add a service to the catalog",
    tag: "Services",
    permission: "service:write",
    body: createServiceInput,
    response: serviceResponse,
    status: 201,
    idempotent: true,
  }),
  getService: defineRoute({ method: "GET", path: "/api/services/{slug}", summary: "One service", tag: "Services", permission: "service:read", params: serviceParams, response: serviceResponse }),
  updateService: defineRoute({
    method: "PATCH",
    path: "/api/services/{slug}",
    summary: "Edit a service (send the version you read)",
    tag: "Services",
    permission: "service:write",
    params: serviceParams,
    body: updateServiceInput,
    response: serviceResponse,
  }),

  listAudit: defineRoute({
    method: "GET",
    path: "/api/audit-log",
    summary: "The audit log, newest first",
    tag: "Audit",
    permission: "audit:read",
    query: auditListQuery,
    response: pageResponse(auditRecordResponse),
    csv: {
      filename: "audit-log",
      columns: [
        { header: "id", value: (r) => r.id },
        { header: "at", value: (r) => r.at },
        { header: "actor", value: (r) => r.actorEmail },
        { header: "action", value: (r) => r.action },
        { header: "entity_type", value: (r) => r.entityType },
        { header: "entity_id", value: (r) => r.entityId },
        { header: "before", value: (r) => r.before },
        { header: "after", value: (r) => r.after },
        { header: "hash", value: (r) => r.hash },
      ],
    },
  }),
  openapi: defineRoute({ method: "GET", path: "/api/openapi.json", summary: "This document", tag: "System", permission: null }),

  listUsers: defineRoute({ method: "GET", path: "/api/users", summary: "Active people, for assignee and owner pickers", tag: "System", permission: "incident:read", response: userListResponse }),
  listNotifications: defineRoute({ method: "GET", path: "/api/notifications", summary: "The caller's notifications and unread count", tag: "Notifications", permission: "notification:read", response: notificationListResponse }),
  markNotificationsRead: defineRoute({
    method: "POST",
    path: "/api/notifications/read",
    summary: "Mark some (ids) or all of the caller's notifications read",
    tag: "Notifications",
    permission: "notification:read",
    body: markReadInput,
    response: z.object({ marked: z.number().int() }),
  }),

  listIncidents: defineRoute({
    method: "GET",
    path: "/api/incidents",
    summary: "Incidents: open ones by SLA urgency (the triage queue) unless a status filter says otherwise",
    tag: "Incidents",
    permission: "incident:read",
    query: incidentListQuery,
    response: incidentListResponse,
    csv: {
      filename: "incidents",
      columns: [
        { header: "key", value: (i) => i.key },
        { header: "title", value: (i) => i.title },
        { header: "severity", value: (i) => i.severity },
        { header: "status", value: (i) => i.status },
        { header: "impact", value: (i) => i.impact },
        { header: "affected_services", value: (i) => (i.affectedServices as string[]).join(" ") },
        { header: "assigned_to", value: (i) => (i.assignedTo as { name: string } | null)?.name ?? "" },
        { header: "created_at", value: (i) => i.createdAt },
        { header: "acknowledged_at", value: (i) => i.acknowledgedAt },
        { header: "resolved_at", value: (i) => i.resolvedAt },
        { header: "closed_at", value: (i) => i.closedAt },
        { header: "response_due_at", value: (i) => i.responseDueAt },
        { header: "resolution_due_at", value: (i) => i.resolutionDueAt },
        { header: "response_breached", value: (i) => i.responseBreached },
        { header: "resolution_breached", value: (i) => i.resolutionBreached },
      ],
    },
  }),
  createIncident: defineRoute({
    method: "POST",
    path: "/api/incidents",
    summary: "Report an incident",
    tag: "Incidents",
    permission: "incident:create",
    body: createIncidentInput,
    response: incidentResponse,
    status: 201,
    idempotent: true,
  }),
  incidentMetrics: defineRoute({
    method: "GET",
    path: "/api/incidents/metrics",
    summary: "MTTA, MTTR and SLA compliance per severity for incidents created in a period",
    tag: "Incidents",
    permission: "incident:read",
    query: metricsQuery,
    response: metricsResponse,
  }),
  getIncident: defineRoute({ method: "GET", path: "/api/incidents/{key}", summary: "One incident", tag: "Incidents", permission: "incident:read", params: incidentParams, response: incidentResponse }),
  updateIncident: defineRoute({
    method: "PATCH",
    path: "/api/incidents/{key}",
    summary: "Change status, severity, assignee or fields (send the version you read)",
    tag: "Incidents",
    permission: "incident:update",
    params: incidentParams,
    body: updateIncidentInput,
    response: incidentResponse,
  }),
  incidentTimeline: defineRoute({ method: "GET", path: "/api/incidents/{key}/timeline", summary: "Everything that happened, oldest first", tag: "Incidents", permission: "incident:read", params: incidentParams, response: timelineResponse }),
  listIncidentUpdates: defineRoute({
    method: "GET",
    path: "/api/incidents/{key}/updates",
    summary: "Communication updates, newest first",
    tag: "Incidents",
    permission: "incident:read",
    params: incidentParams,
    response: z.object({ items: z.array(incidentUpdateResponse) }),
  }),
  postIncidentUpdate: defineRoute({
    method: "POST",
    path: "/api/incidents/{key}/updates",
    summary: "Post a communication update on the handbook's template",
    tag: "Incidents",
    permission: "incident:update",
    params: incidentParams,
    body: createUpdateInput,
    response: incidentUpdateResponse,
    status: 201,
    idempotent: true,
  }),
  savePostmortem: defineRoute({
    method: "PUT",
    path: "/api/incidents/{key}/postmortem",
    summary: "Write or revise the post-mortem (root cause, resolution, lessons, prevention measures)",
    tag: "Incidents",
    permission: "incident:update",
    params: incidentParams,
    body: postmortemInput,
    response: incidentResponse,
  }),
  listActionItems: defineRoute({
    method: "GET",
    path: "/api/action-items",
    summary: "Post-mortem prevention measures across incidents (default: not done)",
    tag: "Incidents",
    permission: "incident:read",
    query: actionItemListQuery,
    response: z.object({ items: z.array(actionItemResponse) }),
  }),
  updateActionItem: defineRoute({
    method: "PATCH",
    path: "/api/action-items/{id}",
    summary: "Move a prevention measure along (send the version you read)",
    tag: "Incidents",
    permission: "incident:update",
    params: actionItemParams,
    body: updateActionItemInput,
    response: actionItemResponse,
  }),
} as const;

export type ApiRouteName = keyof typeof apiRoutes;
