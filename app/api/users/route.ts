// Serves GET /api/users: active people (id, name, email, roles) for pickers.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listActiveUsers } from "@/lib/users/list-users";

export const GET = handle(apiRoutes.listUsers, async () => ({ items: await listActiveUsers() }));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listUsers);
