// Serves DELETE /api/me/sessions: "sign out everywhere", ending every browser session of the caller.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { signOutEverywhere } from "@/lib/auth/sessions";

export const DELETE = handle(apiRoutes.endMySessions, ({ principal }) => signOutEverywhere(principal));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods(apiRoutes.endMySessions);
