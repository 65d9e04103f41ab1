// Serves PATCH /api/admin/users/{id}.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { updateUser } from "@/lib/users/update-user";

export const PATCH = handle(apiRoutes.updateUser, async ({ params, principal, body }) =>
  updateUser(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods(apiRoutes.updateUser);
