// Serves GET /api/availability?month=YYYY-MM: availability and error budgets per service and tier.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { monthlyAvailability } from "@/lib/sla/service-availability";

export const GET = handle(apiRoutes.availability, async ({ query }) => {
  const now = new Date();
  const [year, month] = query.month
    ? query.month.split("-").map(Number)
    : [now.getUTCFullYear(), now.getUTCMonth() + 1];
  return monthlyAvailability(year!, month!, now);
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.availability);
