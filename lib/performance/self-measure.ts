// The portal measures itself as the catalog service `ops-portal`: API latency (lib/api/handler.ts),
// database query time (every query on the shared pool, Prisma's and sqlRows'), incident search time,
// web vitals from its own pages, and every flush this instance's CPU, memory and disk use.
// Samples wait in a bounded in-process buffer and are written every 10 s in ONE multi-row insert
// (source `self`). This is system telemetry, like the Prometheus metrics: it is not audited, and it
// never throws into a request: a sample that cannot be kept or written is dropped and counted.
// SELF_MEASURE=false turns it off. The flush timer starts on the first sample and is unref'd, so it
// never keeps a process (a script, a test worker) alive; under tests (NODE_ENV=test) there is no timer
// at all, so nothing is written behind a test's back: tests call flushSelfSamples() themselves.
import "server-only";
import { statfs } from "node:fs/promises";
import os from "node:os";
import type pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export const SELF_SERVICE = "ops-portal";
export const SELF_SOURCE = "self";
export const FLUSH_EVERY_MS = 10_000;
export const MAX_BUFFERED = 20_000;

// The flush statement; its own time is not counted as db_query_ms (it is the measuring, not the work).
const FLUSH_SQL = `INSERT INTO performance_samples (service, metric, value, at, source)
  SELECT $1, u.metric, u.value, to_timestamp(u.at / 1000), $2 FROM unnest($3::text[], $4::float8[], $5::float8[]) AS u(metric, value, at)`;

type State = {
  enabled: boolean;
  pool: pg.Pool | null;
  // A ring buffer: the oldest sample is overwritten (and counted in `dropped`) once it is full.
  metrics: string[];
  values: number[];
  ats: number[];
  start: number;
  count: number;
  dropped: number;
  reportedDropped: number;
  written: number;
  timer: NodeJS.Timeout | null;
  cpu: { usage: NodeJS.CpuUsage; at: number };
};

// Kept on globalThis, like the pool, so a hot reload in development keeps one buffer and one timer.
const globalForSelf = globalThis as unknown as { neuronSelfMeasure?: State };

function state(): State {
  return (globalForSelf.neuronSelfMeasure ??= {
    enabled: env.SELF_MEASURE,
    pool: null,
    metrics: new Array<string>(MAX_BUFFERED),
    values: new Array<number>(MAX_BUFFERED),
    ats: new Array<number>(MAX_BUFFERED),
    start: 0,
    count: 0,
    dropped: 0,
    reportedDropped: 0,
    written: 0,
    timer: null,
    cpu: { usage: process.cpuUsage(), at: performance.now() },
  });
}

function startTimer(s: State) {
  if (s.timer || env.NODE_ENV === "test") return;
  s.cpu = { usage: process.cpuUsage(), at: performance.now() };
  s.timer = setInterval(() => void flushSelfSamples(), FLUSH_EVERY_MS);
  s.timer.unref();
}

// Records one sample for ops-portal, measured now. Cheap (no I/O) and never throws.
export function recordSelfSample(metric: string, value: number): void {
  try {
    const s = state();
    if (!s.enabled || !Number.isFinite(value) || value < 0) return;
    const at = Date.now();
    let slot: number;
    if (s.count < MAX_BUFFERED) {
      slot = (s.start + s.count) % MAX_BUFFERED;
      s.count += 1;
    } else {
      slot = s.start;
      s.start = (s.start + 1) % MAX_BUFFERED;
      s.dropped += 1;
    }
    s.metrics[slot] = metric;
    s.values[slot] = value;
    s.ats[slot] = at;
    startTimer(s);
  } catch {
    // telemetry must never break the caller
  }
}

// Runs `work` and records how long it took under `metric` (when `metric` is null, just runs it).
export async function timeSelf<T>(metric: string | null, work: () => Promise<T>): Promise<T> {
  if (!metric) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordSelfSample(metric, performance.now() - started);
  }
}

type QueryFn = (...args: unknown[]) => unknown;

// Times every query of every connection of `pool` as db_query_ms (called once, where the pool is made),
// and remembers the pool for the flush. Streams (COPY, cursors) and callback-in-config calls pass through.
export function measureQueries(pool: pg.Pool): void {
  const s = state();
  s.pool = pool;
  if (!s.enabled) return;
  pool.on("connect", (client) => {
    const measured = client as unknown as { query: QueryFn };
    const original = measured.query;
    const timed: QueryFn = function (this: unknown, ...args: unknown[]) {
      const first = args[0];
      if (
        first === FLUSH_SQL ||
        (typeof first === "object" &&
          first !== null &&
          typeof (first as { submit?: unknown }).submit === "function")
      ) {
        return original.apply(this, args);
      }
      const started = performance.now();
      const done = () => recordSelfSample("db_query_ms", performance.now() - started);
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === "function") {
        args[last] = function (this: unknown, ...results: unknown[]) {
          done();
          return (callback as QueryFn).apply(this, results);
        };
        return original.apply(this, args);
      }
      const result = original.apply(this, args);
      if (result && typeof (result as Promise<unknown>).then === "function")
        (result as Promise<unknown>).then(done, done);
      return result;
    };
    measured.query = timed;
  });
}

// This instance's CPU use since the last flush (all cores = 100 %), memory and disk use, in percent.
async function capacitySamples(
  s: State,
  at: number,
): Promise<{ metric: string; value: number; at: number }[]> {
  const out: { metric: string; value: number; at: number }[] = [];
  const now = performance.now();
  const usage = process.cpuUsage(s.cpu.usage);
  const elapsedMicros = (now - s.cpu.at) * 1000;
  s.cpu = { usage: process.cpuUsage(), at: now };
  if (elapsedMicros > 0)
    out.push({
      metric: "cpu_percent",
      value: Math.min(
        100,
        ((usage.user + usage.system) / elapsedMicros / Math.max(1, os.cpus().length)) * 100,
      ),
      at,
    });
  const total = os.totalmem();
  if (total > 0) out.push({ metric: "memory_percent", value: ((total - os.freemem()) / total) * 100, at });
  try {
    // As df: used ÷ (used + available to unprivileged users).
    const fs = await statfs(process.cwd());
    const used = fs.blocks - fs.bfree;
    if (used + fs.bavail > 0)
      out.push({ metric: "disk_percent", value: (used / (used + fs.bavail)) * 100, at });
  } catch {
    // no disk figure on this platform
  }
  return out;
}

// Writes what is buffered, plus this instance's capacity figures, in one insert. Resolves to the number
// of rows written (0 when disabled, without a pool, or when the write failed: those samples are dropped).
export async function flushSelfSamples(): Promise<number> {
  const s = state();
  if (!s.enabled || !s.pool) return 0;
  if (s.dropped > s.reportedDropped) {
    log.warn("self-measurement buffer full: oldest samples dropped", {
      dropped: s.dropped - s.reportedDropped,
    });
    s.reportedDropped = s.dropped;
  }
  // A process shutting down (or a test file finishing) ended the pool: nothing to write to any more.
  if (s.pool.ended) {
    s.start = 0;
    s.count = 0;
    if (s.timer) clearInterval(s.timer);
    s.timer = null;
    return 0;
  }
  const metrics: string[] = [];
  const values: number[] = [];
  const ats: number[] = [];
  for (let i = 0; i < s.count; i++) {
    const slot = (s.start + i) % MAX_BUFFERED;
    metrics.push(s.metrics[slot]!);
    values.push(s.values[slot]!);
    ats.push(s.ats[slot]!);
  }
  s.start = 0;
  s.count = 0;
  try {
    for (const c of await capacitySamples(s, Date.now())) {
      metrics.push(c.metric);
      values.push(c.value);
      ats.push(c.at);
    }
    if (metrics.length === 0) return 0;
    // Straight on the pool it measures: this module sits below lib/db.ts, so lib/db/sql.ts cannot be used.
    await s.pool.query(FLUSH_SQL, [SELF_SERVICE, SELF_SOURCE, metrics, values, ats]);
    s.written += metrics.length;
    return metrics.length;
  } catch (error) {
    s.dropped += metrics.length;
    s.reportedDropped += metrics.length;
    log.warn("self-measurement samples dropped", { samples: metrics.length, error: String(error) });
    return 0;
  }
}

export function selfMeasureStats() {
  const s = state();
  return { enabled: s.enabled, buffered: s.count, dropped: s.dropped, written: s.written };
}

// A web vital measured by one of the portal's pages in the browser (POST /api/metrics/web-vitals).
const WEB_VITAL_METRIC = {
  LCP: "lcp_ms",
  FCP: "fcp_ms",
  TTFB: "ttfb_ms",
  INP: "inp_ms",
  CLS: "cls",
} as const;
export function recordWebVital(vital: {
  name: keyof typeof WEB_VITAL_METRIC;
  value: number;
  loadMs?: number;
}): void {
  recordSelfSample(WEB_VITAL_METRIC[vital.name], vital.value);
  if (vital.loadMs !== undefined) recordSelfSample("page_load_ms", vital.loadMs);
}
