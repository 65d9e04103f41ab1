// A small closed-loop load generator: N connections, each sending its next request when the last one
// answered, for a fixed time. Exact percentiles from every recorded latency.
import { performance } from "node:perf_hooks";
import { Pool } from "undici";

export type RequestSpec = {
  method: "GET" | "POST";
  path: string;
  body?: string;
  headers?: Record<string, string>;
};
export type LoadResult = {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  firstError?: string;
};

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

export async function runLoad(
  origin: string,
  next: (i: number) => RequestSpec,
  options: { connections: number; seconds: number; warmupSeconds?: number },
): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: options.connections, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let counter = 0;
  const run = async (until: number, record: boolean) => {
    while (performance.now() < until) {
      const spec = next(counter++);
      const t0 = performance.now();
      try {
        const res = await pool.request({
          method: spec.method,
          path: spec.path,
          body: spec.body,
          headers: spec.headers,
        });
        const text = await res.body.text();
        if (res.statusCode >= 400) {
          errors += record ? 1 : 0;
          firstError ??= `${res.statusCode} ${text.slice(0, 200)}`;
        }
      } catch (error) {
        errors += record ? 1 : 0;
        firstError ??= String(error);
      }
      if (record) latencies.push(performance.now() - t0);
    }
  };
  const loops = (seconds: number, record: boolean) => {
    const until = performance.now() + seconds * 1000;
    return Promise.all(Array.from({ length: options.connections }, () => run(until, record)));
  };
  if (options.warmupSeconds) await loops(options.warmupSeconds, false);
  const started = performance.now();
  await loops(options.seconds, true);
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    firstError,
  };
}
