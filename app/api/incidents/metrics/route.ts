// Serves GET /api/incidents/metrics: MTTA, MTTR and SLA compliance per severity for a period, computed
// once per change of the incidents and shared (lib/cache/shared-answers.ts).
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { sharedAnswerResponse } from "@/lib/cache/shared-answers";
import { AppError } from "@/lib/errors";
import { incidentMetrics } from "@/lib/incidents/incident-metrics";

export const GET = handle(apiRoutes.incidentMetrics, async ({ query }) => {
  const to = query.to ? new Date(query.to) : new Date();
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 90 * 86_400_000);
  if (from >= to)
    throw new AppError("UNPROCESSABLE", "`from` must be before `to`", {
      errors: [{ path: "from", message: "Must be before `to`" }],
    });
  const key = JSON.stringify([query.from, query.to, query.service]);
  return sharedAnswerResponse("incident-metrics", key, apiRoutes.incidentMetrics.response, () =>
    incidentMetrics(from, to, query.service),
  );
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.incidentMetrics);
