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
} as const;

export type ApiRouteName = keyof typeof apiRoutes;
