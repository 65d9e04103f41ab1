// Serves GET /api/me: who the caller is, with roles and the permissions they grant.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { can, PERMISSIONS, type Permission } from "@/lib/auth/permissions";

export const GET = handle(apiRoutes.me, ({ principal }) =>
  Promise.resolve({
    id: principal.id,
    email: principal.email,
    name: principal.name,
    roles: principal.roles,
    permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(principal.roles, p)),
  }),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.me);
