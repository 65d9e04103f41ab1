// Serves GET /api/incidents/{key}/paging: the incident's escalation, step by step.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getIncidentPaging } from "@/lib/escalation/paging-view";

export const GET = handle(apiRoutes.getIncidentPaging, async ({ params }) => getIncidentPaging(params.key));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.getIncidentPaging);
