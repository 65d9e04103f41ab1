// Serves GET/PATCH /api/vendors/{id}.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { getVendor, updateVendor } from "@/lib/vendors/vendors";

export const GET = handle(apiRoutes.getVendor, async ({ params }) => getVendor(params.id));

export const PATCH = handle(apiRoutes.updateVendor, async ({ principal, params, body }) =>
  updateVendor(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, DELETE, OPTIONS } = otherMethods(apiRoutes.getVendor, apiRoutes.updateVendor);
