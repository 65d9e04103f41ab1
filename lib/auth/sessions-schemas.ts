// Shapes of the caller's sessions: "sign out everywhere" (DELETE /api/me/sessions) and the list on the
// tokens page.
import { z } from "zod";

export const endedSessionsResponse = z.object({
  ended: z.number().int().describe("Sessions that were live and are now ended"),
});
export type EndedSessionsResponse = z.infer<typeof endedSessionsResponse>;

/** One signed-in browser of the caller, as the settings page lists it. */
export type LiveSession = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  clientIp: string | null;
  userAgent: string | null;
};
