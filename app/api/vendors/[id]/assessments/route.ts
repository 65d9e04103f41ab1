// Serves GET/POST /api/vendors/{id}/assessments.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createAssessment, listAssessments } from "@/lib/vendors/vendors";

export const GET = handle(apiRoutes.listAssessments, async ({ params }) => listAssessments(params.id));

export const POST = handle(apiRoutes.createAssessment, async ({ principal, params, body }) =>
  createAssessment(principal, params.id, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  apiRoutes.listAssessments,
  apiRoutes.createAssessment,
);
