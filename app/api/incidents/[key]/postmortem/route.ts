// Serves PUT /api/incidents/{key}/postmortem.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { savePostmortem } from "@/lib/incidents/postmortem";

export const PUT = handle(apiRoutes.savePostmortem, async ({ principal, params, body }) => savePostmortem(principal, params.key, body));
