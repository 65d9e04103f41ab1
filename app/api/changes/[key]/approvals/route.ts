// Serves POST /api/changes/{key}/approvals: a reviewer's vote.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { voteOnChange } from "@/lib/changes/vote-on-change";

export const POST = handle(apiRoutes.voteOnChange, async ({ principal, params, body }) =>
  voteOnChange(principal, params.key, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.voteOnChange);
