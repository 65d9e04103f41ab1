// The histogram buckets of performance_daily, mirroring the SQL function perf_bucket() of the
// dashboards migration exactly (tests/integration/performance-samples.test.ts compares both):
//   - `*_percent` metrics: bucket i holds [i, i + 1), i = 0..100 (values clamped to 0..100);
//   - the others: bucket 0 holds values up to 1, bucket i (1..159) holds (1.1^(i−1), 1.1^i], so a
//     bucket's upper edge is at most 10 % above any value in it; bucket 159 also takes everything larger.
// `buckets` arrays hold BUCKET_COUNT counts, element i = count in bucket i (0-based here).

export const BUCKET_COUNT = 160;
const LAST_BUCKET = BUCKET_COUNT - 1;
const GROWTH = 1.1;
const LN_GROWTH = Math.log(GROWTH);

export const isPercentMetric = (metric: string) => metric.endsWith("_percent");

export function bucketIndex(metric: string, value: number): number {
  if (isPercentMetric(metric)) return Math.min(Math.max(Math.floor(value), 0), 100);
  if (value <= 1) return 0;
  // The 1e-9 keeps exact powers of 1.1 (1.1, 1.21, …) in the bucket they close, as in SQL.
  return Math.min(Math.ceil(Math.log(value) / LN_GROWTH - 1e-9), LAST_BUCKET);
}

// The largest value bucket `index` holds: 1.1^i (1 for bucket 0); for percent metrics i + 1, at most 100.
export function bucketUpperEdge(metric: string, index: number): number {
  if (isPercentMetric(metric)) return Math.min(index + 1, 100);
  return index <= 0 ? 1 : GROWTH ** index;
}

// The smallest value bucket `index` holds (exclusive for the logarithmic buckets): 1.1^(i−1), 0 for bucket 0.
export function bucketLowerEdge(metric: string, index: number): number {
  if (isPercentMetric(metric)) return index;
  return index <= 0 ? 0 : GROWTH ** (index - 1);
}

export const histogramCount = (buckets: readonly number[]) => buckets.reduce((a, b) => a + b, 0);

// The q-quantile (0 < q ≤ 1) by nearest rank: the upper edge of the bucket holding the ⌈q·n⌉-th smallest
// sample, so it is never below the true value and at most 10 % above it. Null for an empty histogram.
export function percentileFromHistogram(
  buckets: readonly number[],
  q: number,
  metric = "latency_ms",
): number | null {
  const total = histogramCount(buckets);
  if (total <= 0) return null;
  const rank = Math.max(1, Math.ceil(q * total - 1e-9));
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    seen += buckets[i] ?? 0;
    if (seen >= rank) return bucketUpperEdge(metric, i);
  }
  return bucketUpperEdge(metric, buckets.length - 1);
}

// The index of the highest non-empty bucket, or null.
export function highestBucket(buckets: readonly number[]): number | null {
  for (let i = buckets.length - 1; i >= 0; i--) if ((buckets[i] ?? 0) > 0) return i;
  return null;
}

// Element-wise sum, as the SQL aggregate bigint_array_sum does.
export function addHistograms(into: number[], add: readonly number[]): number[] {
  for (let i = 0; i < add.length; i++) into[i] = (into[i] ?? 0) + (add[i] ?? 0);
  return into;
}
