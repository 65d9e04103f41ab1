// Serves GET /api/health: liveness plus a database round trip, for load balancers and monitors. With
// INSTANCE_ID set it names the instance that answered (body and `x-served-by`).
import { handle, reply } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { env } from "@/lib/env";
import { isDatabaseUp } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

export const GET = handle(apiRoutes.health, async () => {
  const up = await isDatabaseUp();
  const instance = env.INSTANCE_ID;
  return reply(
    { status: up ? "ok" : "degraded", database: up ? "ok" : "down", ...(instance ? { instance } : {}) },
    { status: up ? 200 : 503, headers: instance ? { "x-served-by": instance } : {} },
  );
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.health);
