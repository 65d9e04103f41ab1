import { describe, expect, it } from "vitest";
import {
  MAX_ATTEMPTS,
  RETRY_AFTER_CAP_MS,
  RETRY_DELAYS_MS,
  nextAttempt,
  parseRetryAfter,
} from "@/lib/notify/retry";

const now = new Date("2026-12-07T10:00:00.000Z");
const noJitter = () => 0.5; // 2r − 1 = 0
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe("the schedule", () => {
  it("waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: about a day, 8 attempts", () => {
    const waits = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => {
      const next = nextAttempt({ attempt: i + 1, status: 503, now, random: noJitter });
      if (!next.retry) throw new Error(next.message);
      expect(next.attempt).toBe(i + 2);
      return next.delayMs;
    });
    expect(waits).toEqual([5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR]);
    const total = waits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(24 * HOUR);
    expect(total).toBeLessThan(30 * HOUR);
  });

  it("gives up after the last attempt", () => {
    expect(nextAttempt({ attempt: MAX_ATTEMPTS, status: 503, now })).toEqual({
      retry: false,
      reason: "exhausted",
      message: "Gave up after 8 attempts",
    });
  });

  it("jitters each wait by at most 10 %, both ways", () => {
    const at = (r: number) => nextAttempt({ attempt: 3, error: "timeout", now, random: () => r });
    expect(at(0)).toMatchObject({ retry: true, delayMs: 27 * MINUTE });
    expect(at(0.999999)).toMatchObject({ retry: true, delayMs: 33 * MINUTE });
    const first = nextAttempt({ attempt: 3, error: "timeout", now });
    expect(first.retry && first.at.getTime() - now.getTime()).toBeGreaterThanOrEqual(27 * MINUTE);
    expect(first.retry && first.at.getTime() - now.getTime()).toBeLessThanOrEqual(33 * MINUTE);
  });

  it("refuses attempt numbers that do not count from 1", () => {
    expect(() => nextAttempt({ attempt: 0, status: 500, now })).toThrow(RangeError);
    expect(() => nextAttempt({ attempt: 1.5, status: 500, now })).toThrow(RangeError);
  });
});

describe("what is retried", () => {
  it.each([408, 429, 500, 502, 503, 504, 599])("status %i", (status) => {
    expect(nextAttempt({ attempt: 1, status, now, random: noJitter })).toEqual({
      retry: true,
      at: new Date(now.getTime() + 5 * SECOND),
      delayMs: 5 * SECOND,
      attempt: 2,
    });
  });

  it.each(["timeout", "network"] as const)("%s", (error) => {
    expect(nextAttempt({ attempt: 2, error, now, random: noJitter })).toMatchObject({
      retry: true,
      delayMs: 5 * MINUTE,
    });
  });
});

describe("what stops", () => {
  it("410 Gone stops and says to disable the subscription", () => {
    expect(nextAttempt({ attempt: 1, status: 410, now })).toEqual({
      retry: false,
      reason: "gone",
      disable: true,
      message:
        "The receiver answered 410 Gone: it wants no more deliveries; the subscription should be disabled",
    });
  });

  it.each([400, 401, 403, 404, 405, 413, 422, 451, 499])("other 4xx (%i): no retry", (status) => {
    const next = nextAttempt({ attempt: 1, status, now });
    expect(next).toMatchObject({ retry: false, reason: "client-error" });
    expect(next).not.toHaveProperty("disable");
  });

  it.each([301, 302, 307, 308])("a redirect (%i) is a failure, not followed", (status) => {
    expect(nextAttempt({ attempt: 1, status, now })).toMatchObject({ retry: false, reason: "redirect" });
  });

  it("2xx is delivered", () => {
    expect(nextAttempt({ attempt: 4, status: 204, now })).toMatchObject({
      retry: false,
      reason: "delivered",
    });
  });

  it("a refused address is not retried", () => {
    expect(nextAttempt({ attempt: 1, error: "blocked", now })).toMatchObject({
      retry: false,
      reason: "blocked",
    });
  });

  it("a status outside HTTP's is not retried", () => {
    expect(nextAttempt({ attempt: 1, status: 600, now })).toMatchObject({
      retry: false,
      reason: "unexpected-status",
    });
    expect(nextAttempt({ attempt: 1, status: 101, now })).toMatchObject({
      retry: false,
      reason: "unexpected-status",
    });
  });
});

describe("Retry-After", () => {
  it("in seconds: waits at least that long", () => {
    expect(nextAttempt({ attempt: 1, status: 429, retryAfter: "120", now, random: noJitter })).toMatchObject({
      retry: true,
      delayMs: 120 * SECOND,
      at: new Date(now.getTime() + 120 * SECOND),
    });
  });

  it("as an HTTP date", () => {
    expect(
      nextAttempt({
        attempt: 1,
        status: 503,
        retryAfter: "Mon, 07 Dec 2026 10:10:00 GMT",
        now,
        random: noJitter,
      }),
    ).toMatchObject({ retry: true, delayMs: 10 * MINUTE });
  });

  it("never makes a retry sooner than the schedule's", () => {
    expect(nextAttempt({ attempt: 4, status: 429, retryAfter: "1", now, random: noJitter })).toMatchObject({
      delayMs: 2 * HOUR,
    });
  });

  it("is capped, so a receiver cannot park a message for ever", () => {
    expect(
      nextAttempt({ attempt: 1, status: 429, retryAfter: "99999999", now, random: noJitter }),
    ).toMatchObject({
      delayMs: RETRY_AFTER_CAP_MS,
    });
    expect(parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", now)).toBe(RETRY_AFTER_CAP_MS);
  });

  it("a past date, garbage or nothing falls back to the schedule", () => {
    expect(parseRetryAfter("Sun, 06 Dec 2026 10:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("-5", now)).toBeNull();
    expect(parseRetryAfter("", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(nextAttempt({ attempt: 1, status: 503, retryAfter: "soon", now, random: noJitter })).toMatchObject(
      {
        delayMs: RETRY_DELAYS_MS[0],
      },
    );
  });
});
