// Serves GET /api/admin/users.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { listManagedUsers } from "@/lib/users/update-user";

export const GET = handle(apiRoutes.listManagedUsers, async () => listManagedUsers());
