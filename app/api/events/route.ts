// Serves GET /api/events: live update notices (server-sent events) for the caller's open pages.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { openEventStream } from "@/lib/live/event-stream";

export const dynamic = "force-dynamic";

export const GET = handle(apiRoutes.liveEvents, ({ req, principal }) => openEventStream(req, principal));

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.liveEvents);
