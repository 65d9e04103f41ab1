import { describe, expect, it } from "vitest";
import { describeChangeSuccess } from "@/lib/changes/change-success";

describe("the change success figure's words", () => {
  it("count the changes that succeeded, so 50 % never sits beside '3 of 4'", () => {
    // 4 finished: 3 completed, of which one caused an incident, and 1 rolled back → 2 succeeded.
    expect(describeChangeSuccess({ finished: 4, successRate: 0.5 })).toBe("2 of 4 finished changes");
  });

  it("name the denominator even for one change, and say when nothing finished", () => {
    expect(describeChangeSuccess({ finished: 1, successRate: 1 })).toBe("1 of 1 finished change");
    expect(describeChangeSuccess({ finished: 0, successRate: null })).toBe("no change finished");
  });

  it("agree with the rate as shown", () => {
    for (const [finished, succeeded] of [
      [3, 1],
      [7, 5],
      [12, 11],
    ] as const) {
      expect(describeChangeSuccess({ finished, successRate: succeeded / finished })).toBe(
        `${succeeded} of ${finished} finished changes`,
      );
    }
  });
});
