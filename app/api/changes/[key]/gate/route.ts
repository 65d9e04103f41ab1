// Serves GET /api/changes/{key}/gate: the deployment gate for pipelines (API token auth).
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { changeGate } from "@/lib/changes/change-gate";

export const GET = handle(apiRoutes.changeGate, async ({ params, query }) =>
  changeGate(params.key, query.at ? new Date(query.at) : new Date()),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.changeGate);
