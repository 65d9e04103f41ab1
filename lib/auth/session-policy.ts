// Session lifetime rules (pure): a session ends 12 h after sign-in, or after 30 min without activity.
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export type SessionClaims = { sub?: unknown; loginAt?: unknown; exp?: unknown };

export function isSessionValid(claims: SessionClaims, nowMs: number): claims is { sub: string; loginAt: number } {
  if (typeof claims.sub !== "string" || typeof claims.loginAt !== "number") return false;
  if (nowMs - claims.loginAt > SESSION_ABSOLUTE_SECONDS * 1000) return false;
  // Idle expiry: next-auth re-issues the token with a new `exp` on activity; none means invalid.
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= nowMs) return false;
  return true;
}
