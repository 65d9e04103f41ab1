import { describe, expect, it } from "vitest";
import { crossingInstant, isAlreadyCrossed, linearTrend, type DailyValue } from "@/lib/performance/forecast";

const DAY = 86_400_000;
const start = Date.parse("2026-06-01T00:00:00Z");
const series = (values: (number | null)[], from = start): DailyValue[] =>
  values.map((value, i) => ({ day: new Date(from + i * DAY).toISOString().slice(0, 10), value }));

describe("linearTrend", () => {
  it("needs at least 3 days with data", () => {
    expect(linearTrend(series([]))).toBeNull();
    expect(linearTrend(series([50, 51]))).toBeNull();
    expect(linearTrend(series([50, null, null, 51]))).toBeNull();
    expect(linearTrend(series([50, null, 51, 52]))).not.toBeNull();
  });

  it("fits an exact line", () => {
    const t = linearTrend(series([50, 51, 52, 53, 54]))!;
    expect(t.slopePerDay).toBeCloseTo(1, 12);
    expect(t.intercept).toBeCloseTo(50, 12);
    expect(t.points).toBe(5);
  });

  it("skips days without data instead of counting them as zero", () => {
    const t = linearTrend(series([50, null, 52, null, 54]))!;
    expect(t.slopePerDay).toBeCloseTo(1, 12);
    expect(t.intercept).toBeCloseTo(50, 12);
  });

  it("matches the textbook least-squares values on a noisy series", () => {
    // x = 0..4, y = 1, 3, 2, 5, 4: mean x 2, mean y 3, Sxy = 8, Sxx = 10 → slope 0.8, intercept 1.4.
    const t = linearTrend(series([1, 3, 2, 5, 4]))!;
    expect(t.slopePerDay).toBeCloseTo(0.8, 12);
    expect(t.intercept).toBeCloseTo(1.4, 12);
  });
});

describe("crossingInstant", () => {
  it("50, 51, 52, … from 1 June reaches 70 at 00:00 on 21 June", () => {
    const at = crossingInstant(linearTrend(series([50, 51, 52, 53, 54, 55, 56, 57, 58, 59])), 70);
    expect(at?.toISOString()).toBe("2026-06-21T00:00:00.000Z");
  });

  it("a noisy rise crosses where the fitted line does", () => {
    // slope 0.8, intercept 1.4: reaches 10 after (10 − 1.4) / 0.8 = 10.75 days.
    expect(crossingInstant(linearTrend(series([1, 3, 2, 5, 4])), 10)?.toISOString()).toBe(
      "2026-06-11T18:00:00.000Z",
    );
  });

  it("a flat or falling series never crosses", () => {
    expect(crossingInstant(linearTrend(series([60, 60, 60, 60])), 70)).toBeNull();
    expect(crossingInstant(linearTrend(series([65, 64, 63, 62])), 70)).toBeNull();
  });

  it("a crossing beyond the horizon is no forecast", () => {
    const slow = linearTrend(series([50, 50.01, 50.02]))!; // 70 in 2,000 days
    expect(crossingInstant(slow, 70, 365)).toBeNull();
    expect(crossingInstant(slow, 50.5, 365)?.toISOString()).toBe("2026-07-21T00:00:00.000Z");
  });

  it("too few days: no forecast", () => {
    expect(crossingInstant(linearTrend(series([60, 69])), 70)).toBeNull();
  });

  it("already at or above the threshold: the start of the last day with data, whatever the slope", () => {
    const falling = linearTrend(series([95, 94, 93, null]))!;
    const at = crossingInstant(falling, 90);
    expect(at?.toISOString()).toBe("2026-06-03T00:00:00.000Z");
    expect(isAlreadyCrossed(falling, at)).toBe(true);
    const exactly = linearTrend(series([88, 89, 90]))!;
    expect(crossingInstant(exactly, 90)?.toISOString()).toBe("2026-06-03T00:00:00.000Z");
    const future = linearTrend(series([50, 51, 52]))!;
    expect(isAlreadyCrossed(future, crossingInstant(future, 70))).toBe(false);
  });

  it("a line already past the threshold at the last day counts as already there", () => {
    // 60, 80, 69: slope 4.5, the line is at 74.17 on the last day although that day measured 69.
    const t = linearTrend(series([60, 80, 69]))!;
    expect(crossingInstant(t, 70)?.toISOString()).toBe("2026-06-03T00:00:00.000Z");
  });
});
