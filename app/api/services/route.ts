// Serves GET/POST /api/services: the service catalog.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { createService } from "@/lib/services/create-service";
import { listServices } from "@/lib/services/list-services";

export const GET = handle(apiRoutes.listServices, async ({ query }) => listServices(query));

export const POST = handle(apiRoutes.createService, async ({ principal, body }) => createService(principal, body));
