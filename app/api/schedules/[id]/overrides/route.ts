// Serves GET/POST /api/schedules/{id}/overrides: the schedule's overrides; POST adds one.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createOverride, listOverrides } from "@/lib/oncall/overrides";

export const GET = handle(apiRoutes.listOverrides, async ({ params, query }) =>
  listOverrides(params.id, query.from ? new Date(query.from) : undefined),
);

export const POST = handle(apiRoutes.createOverride, async ({ principal, params, body }) =>
  createOverride(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listOverrides,
  apiRoutes.createOverride,
);
