// Serves GET /api/changes/awaiting-my-vote: the CAB board.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { listAwaitingMyVote } from "@/lib/changes/list-changes";

export const GET = handle(apiRoutes.changesAwaitingMyVote, async ({ principal }) => listAwaitingMyVote(principal));
