// Serves POST /api/changes/{key}/submit.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { submitChange } from "@/lib/changes/submit-change";

export const POST = handle(apiRoutes.submitChange, async ({ principal, params, body }) => submitChange(principal, params.key, body.version));
