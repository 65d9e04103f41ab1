// A schedule's iCal feed token: 256 random bits, shown once; only its SHA-256 is stored. The token reads
// that one schedule's calendar and nothing else (calendar apps cannot sign in).
import { createHash, randomBytes } from "node:crypto";

export const FEED_TOKEN_PREFIX = "nfeed_";

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function generateFeedToken(): { token: string; hash: string } {
  const token = FEED_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, hash: hashFeedToken(token) };
}

/** The feed's path, token included: what a calendar app subscribes to. */
export const feedPath = (scheduleId: string, token: string) =>
  `/api/schedules/${scheduleId}/calendar.ics?token=${encodeURIComponent(token)}`;
