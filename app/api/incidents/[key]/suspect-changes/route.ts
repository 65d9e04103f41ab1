// Serves GET /api/incidents/{key}/suspect-changes: the changes that probably caused it, ranked.
import { suspectChanges } from "@/lib/alerts/incident-alerts";
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.suspectChanges, async ({ params }) => suspectChanges(params.key));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.suspectChanges);
