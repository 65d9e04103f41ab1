// Serves GET/POST /api/vendors.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createVendor, listVendors } from "@/lib/vendors/vendors";

export const GET = handle(apiRoutes.listVendors, async ({ query }) => listVendors(query));

export const POST = handle(apiRoutes.createVendor, async ({ principal, body }) =>
  createVendor(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listVendors, apiRoutes.createVendor);
