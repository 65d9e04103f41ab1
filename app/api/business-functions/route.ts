// Serves GET/POST /api/business-functions.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { createFunction, listFunctions } from "@/lib/continuity/business-functions";

export const GET = handle(apiRoutes.listFunctions, async () => listFunctions());

export const POST = handle(apiRoutes.createFunction, async ({ principal, body }) => createFunction(principal, body));
