// Serves GET/PATCH /api/schedules/{id}: one schedule; PATCH edits its name, zone or layers.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getSchedule, updateSchedule } from "@/lib/oncall/schedules";

export const GET = handle(apiRoutes.getSchedule, async ({ params }) => getSchedule(params.id));

export const PATCH = handle(apiRoutes.updateSchedule, async ({ principal, params, body }) =>
  updateSchedule(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, DELETE, OPTIONS } = otherMethods(apiRoutes.getSchedule, apiRoutes.updateSchedule);
