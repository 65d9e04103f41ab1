// Serves POST /api/integrations/{id}/events: a PagerDuty Events API v2 event, authorized by the integration's
// own secret, recorded durably before the answer (lib/alerts/intake.ts).
import { receiveNotification } from "@/lib/alerts/intake";
import { INTAKE_BODY_LIMIT_BYTES } from "@/lib/alerts/schemas";
import { handle, reply } from "@/lib/api/handler";
import { readBodyText } from "@/lib/api/read-body";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { clientIp } from "@/lib/auth/client-ip";

export const POST = handle(apiRoutes.eventsIntake, async ({ req, params }) => {
  const answer = await receiveNotification({
    id: params.id,
    kind: "EVENTS",
    authorization: req.headers.get("authorization"),
    bodyText: await readBodyText(req, INTAKE_BODY_LIMIT_BYTES),
    clientIp: clientIp(req.headers),
  });
  return reply(answer.body as { status: string }, { status: answer.status });
});

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.eventsIntake);
