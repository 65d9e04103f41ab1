// Serves POST /api/integrations/{id}/events: a PagerDuty Events API v2 event, authorized by the integration's own secret,
// recorded durably before the answer (lib/alerts/intake.ts, through lib/alerts/intake-route.ts).
import { intakeRoute } from "@/lib/alerts/intake-route";
import { apiRoutes } from "@/lib/api/routes";

export const { POST, GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = intakeRoute(apiRoutes.eventsIntake, "EVENTS");
