// API routes: the portal itself: health, the caller's identity and sessions, live events, this document, people pickers.
import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import { endedSessionsResponse } from "@/lib/auth/sessions-schemas";
import { userListResponse } from "@/lib/users/schemas";
import { ROLES } from "@/lib/auth/permissions";

export const meResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.string()),
});

export const healthResponse = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["ok", "down"]),
  instance: z.string().optional(),
});

export const systemRoutes = {
  health: defineRoute({
    method: "GET",
    path: "/api/health",
    summary: "Liveness and database check",
    tag: "System",
    permission: null,
    response: healthResponse,
  }),
  me: defineRoute({
    method: "GET",
    path: "/api/me",
    summary: "The caller's identity and roles",
    tag: "System",
    permission: "profile:read",
    response: meResponse,
  }),
  endMySessions: defineRoute({
    method: "DELETE",
    path: "/api/me/sessions",
    summary:
      "Sign out everywhere: end every browser session of the caller, this one included (API tokens are not affected)",
    tag: "System",
    permission: "token:manage",
    response: endedSessionsResponse,
  }),
  liveEvents: defineRoute({
    method: "GET",
    path: "/api/events",
    summary:
      "Server-sent events (text/event-stream): `changed` with the topics whose data changed (incidents, changes, …; only those the caller may read, never the data), a heartbeat comment every 15 s",
    tag: "System",
    permission: "profile:read",
  }),
  openapi: defineRoute({
    method: "GET",
    path: "/api/openapi.json",
    summary: "This document",
    tag: "System",
    permission: null,
  }),
  listUsers: defineRoute({
    method: "GET",
    path: "/api/users",
    summary: "Active people, for assignee and owner pickers",
    tag: "System",
    permission: "incident:read",
    response: userListResponse,
  }),
} as const;
