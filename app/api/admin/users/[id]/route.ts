// Serves PATCH /api/admin/users/{id}.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { updateUser } from "@/lib/users/update-user";

export const PATCH = handle(apiRoutes.updateUser, async ({ params, principal, body }) => updateUser(principal, params.id, body));
