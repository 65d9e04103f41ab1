import { describe, expect, it } from "vitest";
import {
  doesAccountChangeEndSessions,
  isSessionValid,
  isUuid,
  SESSION_ABSOLUTE_SECONDS,
  SESSION_IDLE_SECONDS,
  SESSION_ROW_IDLE_SECONDS,
} from "@/lib/auth/session-policy";

const loginAt = Date.UTC(2025, 2, 1, 8, 0, 0);
const HOUR = 3_600_000;
const USER = "7d1c2a4e-0c5b-4f0e-9a43-2b8e5f1d6c70";
const SID = "0b6f3e9a-5d21-4c8e-8f7a-91c4d2e6b3a5";
const live = { sub: USER, sid: SID };
// next-auth re-issues `exp` on activity; a live session always carries one in the future.
const expAfter = (now: number) => Math.floor(now / 1000) + 30 * 60;

describe("isSessionValid", () => {
  it("uses a 12-hour absolute lifetime", () => {
    expect(SESSION_ABSOLUTE_SECONDS).toBe(43_200);
  });

  it("accepts a fresh session", () => {
    expect(isSessionValid({ ...live, loginAt, exp: expAfter(loginAt) }, loginAt + 1000)).toBe(true);
  });

  it("accepts a session exactly 12 h after sign-in", () => {
    expect(
      isSessionValid({ ...live, loginAt, exp: expAfter(loginAt + 12 * HOUR) }, loginAt + 12 * HOUR),
    ).toBe(true);
  });

  it("rejects a session 12 h + 1 ms after sign-in", () => {
    expect(
      isSessionValid({ ...live, loginAt, exp: expAfter(loginAt + 12 * HOUR) }, loginAt + 12 * HOUR + 1),
    ).toBe(false);
  });

  it("rejects a session whose exp (seconds) is past", () => {
    const now = loginAt + HOUR;
    const exp = Math.floor(now / 1000) - 1;
    expect(isSessionValid({ ...live, loginAt, exp }, now)).toBe(false);
  });

  it("accepts a session whose exp is in the future", () => {
    const now = loginAt + HOUR;
    const exp = Math.floor(now / 1000) + 60;
    expect(isSessionValid({ ...live, loginAt, exp }, now)).toBe(true);
  });

  it("rejects a session at the exact exp instant, and one without exp", () => {
    const now = loginAt + HOUR;
    expect(isSessionValid({ ...live, loginAt, exp: now / 1000 }, now)).toBe(false);
    expect(isSessionValid({ ...live, loginAt }, now)).toBe(false);
  });

  it("rejects claims without sub or loginAt, or with the wrong types", () => {
    const now = loginAt + 1000;
    const exp = expAfter(now);
    expect(isSessionValid({ sid: SID, loginAt, exp }, now)).toBe(false);
    expect(isSessionValid({ ...live, exp }, now)).toBe(false);
    expect(isSessionValid({}, now)).toBe(false);
    expect(isSessionValid({ sub: 42, sid: SID, loginAt, exp }, now)).toBe(false);
    expect(isSessionValid({ ...live, loginAt: String(loginAt), exp }, now)).toBe(false);
  });

  it("rejects a cookie without a server-side session id (issued before sessions were stored), or a malformed one", () => {
    const now = loginAt + 1000;
    const exp = expAfter(now);
    expect(isSessionValid({ sub: USER, loginAt, exp }, now)).toBe(false);
    expect(isSessionValid({ sub: USER, sid: "not-a-uuid", loginAt, exp }, now)).toBe(false);
    expect(isSessionValid({ sub: USER, sid: `${SID}'--`, loginAt, exp }, now)).toBe(false);
    expect(isSessionValid({ sub: "user-1", sid: SID, loginAt, exp }, now)).toBe(false);
  });
});

describe("session row limits", () => {
  it("keeps a row live a little longer than the cookie's idle limit, by the minute last_seen_at is kept at", () => {
    expect(SESSION_ROW_IDLE_SECONDS).toBe(SESSION_IDLE_SECONDS + 60);
  });

  it("recognises row ids", () => {
    expect(isUuid(SID)).toBe(true);
    expect(isUuid(SID.toUpperCase())).toBe(true);
    expect(isUuid("0".repeat(36))).toBe(false);
    expect(isUuid("-".repeat(36))).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});

describe("doesAccountChangeEndSessions", () => {
  const engineer = { roles: ["ENGINEER"], isActive: true };
  it.each([
    ["a role granted", { roles: ["ENGINEER", "ADMIN"], isActive: true }, true],
    ["a role removed", { roles: ["OPS_MANAGER"], isActive: true }, true],
    ["deactivated", { roles: ["ENGINEER"], isActive: false }, true],
    ["nothing changed", { roles: ["ENGINEER"], isActive: true }, false],
  ])("%s → %s", (_label, after, ends) => {
    expect(doesAccountChangeEndSessions(engineer, after)).toBe(ends);
  });

  it("does not end anything when a disabled person is reactivated with the same roles", () => {
    expect(doesAccountChangeEndSessions({ roles: ["ENGINEER"], isActive: false }, engineer)).toBe(false);
  });
});
