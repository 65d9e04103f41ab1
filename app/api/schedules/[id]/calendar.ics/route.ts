// Serves GET /api/schedules/{id}/calendar.ics?token=: the schedule as an iCal feed for calendar apps,
// authorized by the feed token alone (calendar apps cannot sign in); any wrong token is a bare 404.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { env } from "@/lib/env";
import { scheduleCalendar } from "@/lib/oncall/on-call";

export const GET = handle(apiRoutes.scheduleCalendar, async ({ req, params, query }) => {
  const text = await scheduleCalendar(params.id, query.token, env.NEXTAUTH_URL ?? req.nextUrl.origin);
  return new Response(text, {
    status: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="on-call.ics"',
      // The URL carries a secret: no shared cache may keep the answer.
      "cache-control": "private, no-store",
    },
  });
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.scheduleCalendar);
