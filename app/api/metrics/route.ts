// Serves GET /api/metrics: this instance's Prometheus metrics (scrape each instance with an API token).
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { metrics } from "@/lib/metrics/prometheus";

export const GET = handle(apiRoutes.prometheusMetrics, async () => {
  return new Response(await metrics.registry.metrics(), {
    status: 200,
    headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
  });
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.prometheusMetrics);
