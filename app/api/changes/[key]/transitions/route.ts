// Serves POST /api/changes/{key}/transitions.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { transitionChange } from "@/lib/changes/transition-change";

export const POST = handle(apiRoutes.transitionChange, async ({ principal, params, body }) => transitionChange(principal, params.key, body));
