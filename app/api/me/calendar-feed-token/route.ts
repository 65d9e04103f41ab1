// Serves POST /api/me/calendar-feed-token: a new link to the caller's own on-call calendar (shown once),
// or `revoke` to turn it off.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { setPersonFeedToken } from "@/lib/oncall/person-feed";

export const POST = handle(apiRoutes.rotateMyCalendarFeed, async ({ principal, body }) =>
  setPersonFeedToken(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.rotateMyCalendarFeed);
