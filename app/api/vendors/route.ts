// Serves GET/POST /api/vendors.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { createVendor, listVendors } from "@/lib/vendors/vendors";

export const GET = handle(apiRoutes.listVendors, async ({ query }) => listVendors(query));

export const POST = handle(apiRoutes.createVendor, async ({ principal, body }) => createVendor(principal, body));
