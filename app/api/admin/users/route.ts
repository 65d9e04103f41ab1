// Serves GET /api/admin/users.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listManagedUsers } from "@/lib/users/update-user";

export const GET = handle(apiRoutes.listManagedUsers, async () => listManagedUsers());

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listManagedUsers);
