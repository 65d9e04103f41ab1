// Serves GET/PATCH /api/services/{slug}.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getService } from "@/lib/services/get-service";
import { updateService } from "@/lib/services/update-service";

export const GET = handle(apiRoutes.getService, async ({ params }) => getService(params.slug));

export const PATCH = handle(apiRoutes.updateService, async ({ principal, params, body }) =>
  updateService(principal, params.slug, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, DELETE, OPTIONS } = otherMethods(apiRoutes.getService, apiRoutes.updateService);
