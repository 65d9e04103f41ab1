// Serves GET/POST /api/schedules: on-call schedules; POST creates one and shows its feed URL once.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createSchedule, listSchedules } from "@/lib/oncall/schedules";

export const GET = handle(apiRoutes.listSchedules, async () => listSchedules());

export const POST = handle(apiRoutes.createSchedule, async ({ principal, body }) =>
  createSchedule(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listSchedules,
  apiRoutes.createSchedule,
);
