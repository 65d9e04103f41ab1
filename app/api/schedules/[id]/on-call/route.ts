// Serves GET /api/schedules/{id}/on-call?at=: who is on call, since when and until when.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { scheduleOnCall } from "@/lib/oncall/on-call";

export const GET = handle(apiRoutes.scheduleOnCall, async ({ params, query }) =>
  scheduleOnCall(params.id, query.at ? new Date(query.at) : undefined),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.scheduleOnCall);
