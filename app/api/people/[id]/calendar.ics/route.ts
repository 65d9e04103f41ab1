// Serves GET /api/people/{id}/calendar.ics?token=: a person's on-call turns across every schedule as an
// iCal feed, authorized by their feed token alone (calendar apps cannot sign in); any wrong token is 404.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { env } from "@/lib/env";
import { personCalendar } from "@/lib/oncall/person-feed";

export const GET = handle(apiRoutes.personCalendar, async ({ req, params, query }) => {
  const text = await personCalendar(params.id, query.token, env.NEXTAUTH_URL ?? req.nextUrl.origin);
  return new Response(text, {
    status: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="my-on-call.ics"',
      // The URL carries a secret: no shared cache may keep the answer.
      "cache-control": "private, no-store",
    },
  });
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.personCalendar);
