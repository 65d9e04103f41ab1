// API routes: the service catalog.
import { defineRoute } from "@/lib/api/define-route";
import {
  createServiceInput,
  serviceListQuery,
  serviceListResponse,
  serviceParams,
  serviceResponse,
  updateServiceInput,
} from "@/lib/services/schemas";

export const servicesRoutes = {
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
  getService: defineRoute({
    method: "GET",
    path: "/api/services/{slug}",
    summary: "One service",
    tag: "Services",
    permission: "service:read",
    params: serviceParams,
    response: serviceResponse,
  }),
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
} as const;
