// Serves GET /api/action-items: prevention measures across incidents.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { listActionItems } from "@/lib/incidents/action-items";

export const GET = handle(apiRoutes.listActionItems, async ({ query, principal }) => ({ items: await listActionItems(query, principal) }));
