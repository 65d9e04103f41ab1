// Serves GET/PATCH /api/changes/{key}.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { updateChange } from "@/lib/changes/update-change";
import { getChange } from "@/lib/changes/get-change";

export const GET = handle(apiRoutes.getChange, async ({ params, principal }) =>
  getChange(params.key, principal),
);

export const PATCH = handle(apiRoutes.updateChange, async ({ principal, params, body }) =>
  updateChange(principal, params.key, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, DELETE, OPTIONS } = otherMethods(apiRoutes.getChange, apiRoutes.updateChange);
