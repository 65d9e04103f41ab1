// Serves GET/POST /api/services: the service catalog.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createService } from "@/lib/services/create-service";
import { listServices } from "@/lib/services/list-services";

export const GET = handle(apiRoutes.listServices, async ({ query }) => listServices(query));

export const POST = handle(apiRoutes.createService, async ({ principal, body }) =>
  createService(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listServices, apiRoutes.createService);
