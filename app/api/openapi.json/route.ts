// Serves GET /api/openapi.json, generated from the route table's zod schemas.
import { handle } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiRoutes } from "@/lib/api/routes";

export const GET = handle(apiRoutes.openapi, () => Promise.resolve(buildOpenApiDocument()));
