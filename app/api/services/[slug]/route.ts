// Serves GET/PATCH /api/services/{slug}.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { getServiceOrThrow } from "@/lib/services/get-service";
import { updateService } from "@/lib/services/update-service";

export const GET = handle(apiRoutes.getService, async ({ params }) => getServiceOrThrow(params.slug));

export const PATCH = handle(apiRoutes.updateService, async ({ principal, params, body }) => updateService(principal, params.slug, body));
