// Serves GET /api/openapi.json, generated from the route table's zod schemas.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.openapi, () => Promise.resolve(buildOpenApiDocument()));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.openapi);
