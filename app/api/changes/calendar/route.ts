// Serves GET /api/changes/calendar.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { changeCalendar } from "@/lib/changes/change-calendar";

export const GET = handle(apiRoutes.changeCalendar, async ({ query }) => changeCalendar(query));
