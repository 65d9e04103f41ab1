// Serves GET /api/changes/calendar.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { changeCalendar } from "@/lib/changes/change-calendar";

export const GET = handle(apiRoutes.changeCalendar, async ({ query }) => changeCalendar(query));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.changeCalendar);
