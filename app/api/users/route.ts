// Serves GET /api/users: active people (id, name, email, roles) for pickers.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { listActiveUsers } from "@/lib/users/list-users";

export const GET = handle(apiRoutes.listUsers, async () => ({ items: await listActiveUsers() }));
