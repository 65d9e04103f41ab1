import { describe, expect, it } from "vitest";
import {
  addHistograms,
  BUCKET_COUNT,
  bucketIndex,
  bucketLowerEdge,
  bucketUpperEdge,
  highestBucket,
  percentileFromHistogram,
} from "@/lib/performance/buckets";

const histogram = (entries: [number, number][]) => {
  const h = new Array<number>(BUCKET_COUNT).fill(0);
  for (const [i, n] of entries) h[i] = n;
  return h;
};

describe("bucketIndex mirrors perf_bucket()", () => {
  it("puts values up to 1 in bucket 0 and exact powers of 1.1 in the bucket they close", () => {
    expect(bucketIndex("api_latency_ms", 0)).toBe(0);
    expect(bucketIndex("api_latency_ms", 0.5)).toBe(0);
    expect(bucketIndex("api_latency_ms", 1)).toBe(0);
    expect(bucketIndex("api_latency_ms", 1.0000001)).toBe(1);
    expect(bucketIndex("api_latency_ms", 1.1)).toBe(1);
    expect(bucketIndex("api_latency_ms", 1.1000001)).toBe(2);
    expect(bucketIndex("api_latency_ms", 1.21)).toBe(2);
    expect(bucketIndex("api_latency_ms", 1.1 ** 10)).toBe(10);
  });

  it("200 ms: 1.1^55 ≈ 189.6 < 200 ≤ 1.1^56 ≈ 208.6, so bucket 56", () => {
    expect(bucketIndex("api_latency_ms", 200)).toBe(56);
    expect(bucketLowerEdge("api_latency_ms", 56)).toBeLessThan(200);
    expect(bucketUpperEdge("api_latency_ms", 56)).toBeGreaterThanOrEqual(200);
  });

  it("clamps huge values into the last bucket", () => {
    expect(bucketIndex("db_query_ms", 1e9)).toBe(159);
  });

  it("percent metrics: whole percents, clamped to 0..100", () => {
    expect(bucketIndex("cpu_percent", 0)).toBe(0);
    expect(bucketIndex("cpu_percent", 0.99)).toBe(0);
    expect(bucketIndex("cpu_percent", 70)).toBe(70);
    expect(bucketIndex("cpu_percent", 70.9)).toBe(70);
    expect(bucketIndex("disk_percent", 100)).toBe(100);
    expect(bucketIndex("disk_percent", 250)).toBe(100);
    expect(bucketUpperEdge("disk_percent", 70)).toBe(71);
    expect(bucketUpperEdge("disk_percent", 100)).toBe(100);
  });

  it("every value lies in (lower, upper] of its bucket", () => {
    for (let v = 1.01; v < 1e6; v *= 1.037) {
      const i = bucketIndex("page_load_ms", v);
      expect(v).toBeGreaterThan(bucketLowerEdge("page_load_ms", i) * (1 - 1e-12));
      expect(v).toBeLessThanOrEqual(bucketUpperEdge("page_load_ms", i) * (1 + 1e-12));
      expect(bucketUpperEdge("page_load_ms", i) / v).toBeLessThanOrEqual(1.1 + 1e-12);
    }
  });
});

describe("percentileFromHistogram", () => {
  it("is null for an empty histogram", () => {
    expect(percentileFromHistogram(histogram([]), 0.95)).toBeNull();
    expect(percentileFromHistogram([], 0.95)).toBeNull();
  });

  it("returns the upper edge of the bucket holding the nearest-rank quantile", () => {
    // 19 samples in bucket 50, 1 in bucket 60: the 19th of 20 is in bucket 50.
    expect(
      percentileFromHistogram(
        histogram([
          [50, 19],
          [60, 1],
        ]),
        0.95,
      ),
    ).toBeCloseTo(1.1 ** 50, 9);
    // 18 + 2: the 19th is in bucket 60.
    expect(
      percentileFromHistogram(
        histogram([
          [50, 18],
          [60, 2],
        ]),
        0.95,
      ),
    ).toBeCloseTo(1.1 ** 60, 9);
    expect(percentileFromHistogram(histogram([[0, 5]]), 0.95)).toBe(1);
    expect(
      percentileFromHistogram(
        histogram([
          [3, 1],
          [9, 1],
        ]),
        1,
      ),
    ).toBeCloseTo(1.1 ** 9, 12);
  });

  it("never reports less than the true p95 and at most 10 % more", () => {
    const values = Array.from({ length: 1000 }, (_, i) => 5 + ((i * 7919) % 1000) * 0.37);
    const h = new Array<number>(BUCKET_COUNT).fill(0);
    for (const v of values) h[bucketIndex("api_latency_ms", v)]! += 1;
    const sorted = [...values].sort((a, b) => a - b);
    const truth = sorted[Math.ceil(0.95 * values.length) - 1]!;
    const p95 = percentileFromHistogram(h, 0.95)!;
    expect(p95).toBeGreaterThanOrEqual(truth);
    expect(p95).toBeLessThanOrEqual(truth * 1.1);
  });

  it("percent histograms use whole-percent edges", () => {
    expect(
      percentileFromHistogram(
        histogram([
          [40, 10],
          [85, 1],
        ]),
        1,
        "cpu_percent",
      ),
    ).toBe(86);
  });
});

describe("histogram helpers", () => {
  it("adds element-wise and finds the highest non-empty bucket", () => {
    expect(addHistograms([1, 2, 0], [0, 1, 3, 4])).toEqual([1, 3, 3, 4]);
    expect(
      highestBucket(
        histogram([
          [3, 1],
          [87, 2],
        ]),
      ),
    ).toBe(87);
    expect(highestBucket(histogram([]))).toBeNull();
  });
});
