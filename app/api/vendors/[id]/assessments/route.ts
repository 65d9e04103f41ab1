// Serves GET/POST /api/vendors/{id}/assessments.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { createAssessment, listAssessments } from "@/lib/vendors/vendors";

export const GET = handle(apiRoutes.listAssessments, async ({ params }) => listAssessments(params.id));

export const POST = handle(apiRoutes.createAssessment, async ({ principal, params, body }) => createAssessment(principal, params.id, body));
