// Serves GET /api/health: liveness plus a database round trip, for load balancers and monitors.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { isDatabaseUp } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

export const GET = handle(apiRoutes.health, async () => {
  const up = await isDatabaseUp();
  return { status: up ? 200 : 503, body: { status: up ? "ok" : "degraded", database: up ? "ok" : "down" } };
});
