// Serves GET/PATCH /api/vendors/{id}.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { getVendor, updateVendor } from "@/lib/vendors/vendors";

export const GET = handle(apiRoutes.getVendor, async ({ params }) => getVendor(params.id));

export const PATCH = handle(apiRoutes.updateVendor, async ({ principal, params, body }) => updateVendor(principal, params.id, body));
