// The three intake route files (alertmanager, events, heartbeat) differ only in their route and the kind
// they accept: one factory builds their handlers, so a fix to how a notification is read lands in all.
import { receiveNotification } from "@/lib/alerts/intake";
import { INTAKE_BODY_LIMIT_BYTES, type IntegrationKind } from "@/lib/alerts/schemas";
import { handle, reply } from "@/lib/api/handler";
import { readBodyText } from "@/lib/api/read-body";
import { otherMethods } from "@/lib/api/route-methods";
import type { apiRoutes } from "@/lib/api/routes";
import { clientIp } from "@/lib/auth/client-ip";

// The three intake entries share one shape (lib/api/routes/integrations.ts builds them alike).
type IntakeRoute = typeof apiRoutes.alertmanagerIntake;

/**
 * A route file's handlers for one intake path: POST records the notification (authorized by the
 * integration's own secret, durably, before the answer: lib/alerts/intake.ts); any other method is a
 * 405 problem+json with Allow (OPTIONS: 204).
 * @example export const { POST, GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = intakeRoute(apiRoutes.heartbeatIntake, "HEARTBEAT");
 */
export function intakeRoute(route: IntakeRoute, kind: IntegrationKind) {
  const POST = handle(route, async ({ req, params }) => {
    const answer = await receiveNotification({
      id: params.id,
      kind,
      authorization: req.headers.get("authorization"),
      bodyText: await readBodyText(req, INTAKE_BODY_LIMIT_BYTES),
      clientIp: clientIp(req.headers),
    });
    return reply(answer.body as { status: string }, { status: answer.status });
  });
  return { ...otherMethods(route), POST };
}
