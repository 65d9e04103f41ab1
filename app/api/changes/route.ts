// Serves GET/POST /api/changes: the change list and raising a change.
import { handle } from "@/lib/api/handler";
import { apiRoutes } from "@/lib/api/routes";
import { createChange } from "@/lib/changes/create-change";
import { listChanges } from "@/lib/changes/list-changes";

export const GET = handle(apiRoutes.listChanges, async ({ query, principal }) => listChanges(query, principal));

export const POST = handle(apiRoutes.createChange, async ({ principal, body }) => createChange(principal, body));
