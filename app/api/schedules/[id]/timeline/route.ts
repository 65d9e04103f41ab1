// Serves GET /api/schedules/{id}/timeline?from=&to=: the computed schedule over a range (gaps flagged).
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { scheduleTimeline } from "@/lib/oncall/on-call";

export const GET = handle(apiRoutes.scheduleTimeline, async ({ params, query }) =>
  scheduleTimeline(
    params.id,
    query.from ? new Date(query.from) : new Date(),
    query.to ? new Date(query.to) : undefined,
  ),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.scheduleTimeline);
