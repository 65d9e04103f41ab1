// Serves POST /api/metrics/samples: performance and capacity samples from monitoring (API token).
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { recordSamples } from "@/lib/performance/record-samples";

export const POST = handle(apiRoutes.recordSamples, async ({ principal, body }) => recordSamples(principal, body));
