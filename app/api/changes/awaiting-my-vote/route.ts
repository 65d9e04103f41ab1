// Serves GET /api/changes/awaiting-my-vote: the CAB board.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { listAwaitingMyVote } from "@/lib/changes/list-changes";

export const GET = handle(apiRoutes.changesAwaitingMyVote, async ({ principal }) =>
  listAwaitingMyVote(principal),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.changesAwaitingMyVote);
