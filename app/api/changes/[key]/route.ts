// Serves GET/PATCH /api/changes/{key}.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { updateChange } from "@/lib/changes/create-change";
import { getChangeOrThrow } from "@/lib/changes/load-change";

export const GET = handle(apiRoutes.getChange, async ({ params, principal }) => getChangeOrThrow(params.key, principal));

export const PATCH = handle(apiRoutes.updateChange, async ({ principal, params, body }) => updateChange(principal, params.key, body));
