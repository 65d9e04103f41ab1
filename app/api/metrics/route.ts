// Serves GET /api/metrics: this instance's Prometheus metrics (scrape each instance with an API token).
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { metrics } from "@/lib/metrics/prometheus";

export const GET = handle(apiRoutes.prometheusMetrics, async () => {
  return new Response(await metrics.registry.metrics(), { status: 200, headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
});
