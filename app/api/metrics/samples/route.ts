// Serves POST /api/metrics/samples: performance and capacity samples from monitoring (API token).
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { recordSamples } from "@/lib/performance/record-samples";

export const POST = handle(apiRoutes.recordSamples, async ({ principal, body }) =>
  recordSamples(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.recordSamples);
