// Serves POST /api/schedules/{id}/feed-token: a new calendar feed token (shown once), or revoke the feed.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { setFeedToken } from "@/lib/oncall/schedules";

export const POST = handle(apiRoutes.rotateFeedToken, async ({ principal, params, body }) =>
  setFeedToken(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.rotateFeedToken);
