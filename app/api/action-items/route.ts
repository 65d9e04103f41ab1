// Serves GET /api/action-items: prevention measures across incidents.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listActionItems } from "@/lib/incidents/action-items";

export const GET = handle(apiRoutes.listActionItems, async ({ query, principal }) => ({
  items: await listActionItems(query, principal),
}));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listActionItems);
