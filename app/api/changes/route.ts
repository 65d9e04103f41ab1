// Serves GET/POST /api/changes: the change list and raising a change.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createChange } from "@/lib/changes/create-change";
import { listChanges } from "@/lib/changes/list-changes";

export const GET = handle(apiRoutes.listChanges, async ({ query, principal }) =>
  listChanges(query, principal),
);

export const POST = handle(apiRoutes.createChange, async ({ principal, body }) =>
  createChange(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listChanges, apiRoutes.createChange);
