// Session lifetime rules (pure): a session ends 12 h after sign-in, or after 30 min without activity, or
// when its server-side row (user_sessions, lib/auth/sessions.ts) is revoked.
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** A session row's last_seen_at is written at most this often, not on every request. */
export const SESSION_LAST_SEEN_RESOLUTION_SECONDS = 60;
/** The row's own idle limit: the cookie's, plus the resolution last_seen_at is kept at. */
export const SESSION_ROW_IDLE_SECONDS = SESSION_IDLE_SECONDS + SESSION_LAST_SEEN_RESOLUTION_SECONDS;

export type SessionClaims = { sub?: unknown; sid?: unknown; loginAt?: unknown; exp?: unknown };
export type ValidSessionClaims = { sub: string; sid: string; loginAt: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value can be a row id; anything else never reaches a uuid cast in SQL. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/**
 * The cookie's own rules: a user, a server-side session id, within 12 h of sign-in and not idle. Cookies
 * issued before server-side sessions existed carry no `sid` and are refused. The row is checked next.
 */
export function isSessionValid(claims: SessionClaims, nowMs: number): claims is ValidSessionClaims {
  if (!isUuid(claims.sub) || !isUuid(claims.sid) || typeof claims.loginAt !== "number") return false;
  if (nowMs - claims.loginAt > SESSION_ABSOLUTE_SECONDS * 1000) return false;
  // Idle expiry: next-auth re-issues the token with a new `exp` on activity; none means invalid.
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= nowMs) return false;
  return true;
}

type AccountState = { roles: readonly string[]; isActive: boolean };

/** An admin's change that ends a person's sessions: any role granted or removed, or deactivation. */
export function doesAccountChangeEndSessions(before: AccountState, after: AccountState): boolean {
  const granted = after.roles.some((r) => !before.roles.includes(r));
  const removed = before.roles.some((r) => !after.roles.includes(r));
  return granted || removed || (before.isActive && !after.isActive);
}
