import { describe, expect, it } from "vitest";
import { decideLimit } from "@/lib/auth/rate-limit";

const MIN = 60_000;
const WINDOW = 15 * MIN;
const now = new Date("2025-03-01T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const minutesAgo = (...mins: number[]) => mins.map((m) => ago(m * MIN));

describe("decideLimit", () => {
  it("allows an attempt when there are no failures", () => {
    expect(decideLimit([], 5, WINDOW, now)).toEqual({ allowed: true });
  });

  it("allows an attempt below the limit", () => {
    expect(decideLimit(minutesAgo(1, 2, 3, 4), 5, WINDOW, now)).toEqual({ allowed: true });
  });

  it("refuses at the limit until the 5th newest failure leaves the window", () => {
    // Failures 1..10 minutes ago, newest first; the 5th newest is 5 min old and leaves a 15-min window in 10 min.
    const failures = minutesAgo(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    expect(decideLimit(failures, 5, WINDOW, now)).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });

  it("refuses with exactly 5 failures between 10 and 1 minutes ago", () => {
    // 5th newest is 10 min old → back in the window for 5 more minutes.
    const failures = minutesAgo(1, 3, 5, 8, 10);
    expect(decideLimit(failures, 5, WINDOW, now)).toEqual({ allowed: false, retryAfterSeconds: 300 });
  });

  it("rounds a partial second up", () => {
    const failures = [ago(1000), ago(2000), ago(WINDOW - 1500)];
    expect(decideLimit(failures, 3, WINDOW, now)).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it("ignores failures older than the window", () => {
    const failures = minutesAgo(1, 2, 3, 4, 15, 16, 30);
    expect(decideLimit(failures, 5, WINDOW, now)).toEqual({ allowed: true });
  });

  it("treats a failure exactly one window old as outside it", () => {
    expect(decideLimit([ago(WINDOW)], 1, WINDOW, now)).toEqual({ allowed: true });
  });

  it("never tells the client to retry in less than 1 second", () => {
    // The pivot leaves the window in 1 ms.
    expect(decideLimit([ago(WINDOW - 1)], 1, WINDOW, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
