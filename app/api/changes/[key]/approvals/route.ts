// Serves POST /api/changes/{key}/approvals: a reviewer's vote.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { voteOnChange } from "@/lib/changes/vote-on-change";

export const POST = handle(apiRoutes.voteOnChange, async ({ principal, params, body }) => voteOnChange(principal, params.key, body));
