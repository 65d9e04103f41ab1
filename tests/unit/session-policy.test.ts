import { describe, expect, it } from "vitest";
import { isSessionValid, SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/session-policy";

const loginAt = Date.UTC(2025, 2, 1, 8, 0, 0);
const HOUR = 3_600_000;
// next-auth re-issues `exp` on activity; a live session always carries one in the future.
const expAfter = (now: number) => Math.floor(now / 1000) + 30 * 60;

describe("isSessionValid", () => {
  it("uses a 12-hour absolute lifetime", () => {
    expect(SESSION_ABSOLUTE_SECONDS).toBe(43_200);
  });

  it("accepts a fresh session", () => {
    expect(isSessionValid({ sub: "user-1", loginAt, exp: expAfter(loginAt) }, loginAt + 1000)).toBe(true);
  });

  it("accepts a session exactly 12 h after sign-in", () => {
    expect(isSessionValid({ sub: "user-1", loginAt, exp: expAfter(loginAt + 12 * HOUR) }, loginAt + 12 * HOUR)).toBe(true);
  });

  it("rejects a session 12 h + 1 ms after sign-in", () => {
    expect(isSessionValid({ sub: "user-1", loginAt, exp: expAfter(loginAt + 12 * HOUR) }, loginAt + 12 * HOUR + 1)).toBe(false);
  });

  it("rejects a session whose exp (seconds) is past", () => {
    const now = loginAt + HOUR;
    const exp = Math.floor(now / 1000) - 1;
    expect(isSessionValid({ sub: "user-1", loginAt, exp }, now)).toBe(false);
  });

  it("accepts a session whose exp is in the future", () => {
    const now = loginAt + HOUR;
    const exp = Math.floor(now / 1000) + 60;
    expect(isSessionValid({ sub: "user-1", loginAt, exp }, now)).toBe(true);
  });

  it("rejects a session at the exact exp instant, and one without exp", () => {
    const now = loginAt + HOUR;
    expect(isSessionValid({ sub: "user-1", loginAt, exp: now / 1000 }, now)).toBe(false);
    expect(isSessionValid({ sub: "user-1", loginAt }, now)).toBe(false);
  });

  it("rejects claims without sub or loginAt, or with the wrong types", () => {
    const now = loginAt + 1000;
    expect(isSessionValid({ loginAt }, now)).toBe(false);
    expect(isSessionValid({ sub: "user-1" }, now)).toBe(false);
    expect(isSessionValid({}, now)).toBe(false);
    expect(isSessionValid({ sub: 42, loginAt }, now)).toBe(false);
    expect(isSessionValid({ sub: "user-1", loginAt: String(loginAt) }, now)).toBe(false);
  });
});
