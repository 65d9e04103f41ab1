// Serves POST /api/metrics/web-vitals: a web vital from one of the portal's own pages, for ops-portal.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { recordWebVital } from "@/lib/performance/self-measure";

export const POST = handle(apiRoutes.reportWebVital, ({ body }) => Promise.resolve(recordWebVital(body)));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.reportWebVital);
