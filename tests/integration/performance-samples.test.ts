// Performance samples: POST /api/metrics/samples into the application dashboard, the performance_daily
// rollup against a full recomputation after random writes, and the portal's self-measurement.
import { beforeAll, describe, expect, it } from "vitest";
import * as applicationRoute from "@/app/api/dashboards/application/route";
import * as incidentsRoute from "@/app/api/incidents/route";
import * as samplesRoute from "@/app/api/metrics/samples/route";
import * as webVitalsRoute from "@/app/api/metrics/web-vitals/route";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { BUCKET_COUNT, bucketIndex } from "@/lib/performance/buckets";
import { flushSelfSamples, SELF_SERVICE } from "@/lib/performance/self-measure";
import { call } from "../helpers/api";
import { createTestService, createTestUser, unique } from "../factories";

const DAY = 86_400_000;
let engineer: Awaited<ReturnType<typeof createTestUser>>;
let executive: Awaited<ReturnType<typeof createTestUser>>;

type Figure = Record<string, unknown> & { daily: Record<string, unknown>[] };
type ServiceFigures = { slug: string; performance: Figure[]; capacity: Figure[] };

const post = (token: string, samples: unknown[]) =>
  call(samplesRoute.POST, "POST", "/api/metrics/samples", { token, body: { samples } });
async function dashboardFor(slug: string, query: Record<string, string> = {}) {
  const res = await call(applicationRoute.GET, "GET", "/api/dashboards/application", {
    token: engineer.token,
    query,
  });
  expect(res.status).toBe(200);
  return (res.json.services as ServiceFigures[]).find((s) => s.slug === slug)!;
}

beforeAll(async () => {
  engineer = await createTestUser(["ENGINEER"]);
  executive = await createTestUser(["EXECUTIVE"]);
});

describe("POST /api/metrics/samples", () => {
  it("accepts samples (202) and the application dashboard shows their p95 and averages", async () => {
    const { slug } = await createTestService({ tier: "CRITICAL" });
    const at = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const latencies = Array.from({ length: 20 }, (_, i) => ({
      service: slug,
      metric: "api_latency_ms",
      value: 10 * (i + 1),
      at,
    }));
    const res = await post(engineer.token, [
      ...latencies,
      { service: slug, metric: "cpu_percent", value: 40 },
      { service: slug, metric: "cpu_percent", value: 60.5 },
    ]);
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ accepted: 22, services: [slug] });

    const rows = await db.performanceSample.findMany({ where: { service: slug } });
    expect(rows).toHaveLength(22);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set([`api:${engineer.email}`]));
    const audit = await db.auditLog.findMany({
      where: { action: "performance_samples.record", actorEmail: engineer.email },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({
      accepted: 22,
      services: [slug],
      metrics: ["api_latency_ms", "cpu_percent"],
    });

    const service = await dashboardFor(slug);
    const api = service.performance.find((p) => p.metric === "api_latency_ms")!;
    // The 19th of 20 values is 190 ms: its bucket (1.1^55, 1.1^56] = (189.6, 208.6] → p95 208.6, not met.
    expect(api).toMatchObject({ samples: 20, target: 200, met: false });
    expect(api.p95).toBeCloseTo(1.1 ** 56, 9);
    expect(api.average).toBeCloseTo(105, 9);
    // The samples' own UTC day (two hours ago is yesterday between 00:00 and 02:00 UTC).
    expect(api.daily.find((d) => d.day === at.slice(0, 10))).toMatchObject({ samples: 20 });
    const cpu = service.capacity.find((c) => c.metric === "cpu_percent")!;
    // Peak: the top of the highest whole-percent bucket (60.5 → 61); headroom 39 ≥ 20.
    expect(cpu).toMatchObject({
      samples: 2,
      peak: 61,
      headroom: 39,
      bufferOk: true,
      averageTarget: 70,
      peakTarget: 90,
      trendPerDay: null,
      averageCrossesAt: null,
    });
    expect(cpu.average).toBeCloseTo(50.25, 9);
    const idle = service.performance.find((p) => p.metric === "search_ms")!;
    expect(idle).toMatchObject({ samples: 0, p95: null, average: null, met: null });
  });

  it("forecasts when a rising disk reaches its targets", async () => {
    const { slug } = await createTestService();
    const first = Math.floor(Date.now() / DAY) * DAY - 12 * DAY;
    // 50, 52, …, 68 % at noon on 10 days: average +2 a day reaches 70 on day 10; daily peaks 51…69.
    const samples = Array.from({ length: 10 }, (_, d) => ({
      service: slug,
      metric: "disk_percent",
      value: 50 + 2 * d,
      at: new Date(first + d * DAY + DAY / 2).toISOString(),
    }));
    expect((await post(engineer.token, samples)).status).toBe(202);
    const disk = (await dashboardFor(slug)).capacity.find((c) => c.metric === "disk_percent")!;
    expect(disk.trendPerDay).toBeCloseTo(2, 9);
    expect(disk.averageCrossesAt).toBe(new Date(first + 10 * DAY).toISOString());
    expect(disk.peakCrossesAt).toBe(new Date(first + 17 * DAY).toISOString()); // (85 − 51) / 2
    expect(disk.bufferCrossesAt).toBe(new Date(first + 14.5 * DAY).toISOString()); // (80 − 51) / 2
    expect(disk).toMatchObject({ peak: 69, headroom: 31, bufferOk: true });
  });

  it("refuses an unknown metric, too many samples, an `at` too far ahead or back, and an unknown service (422)", async () => {
    const { slug } = await createTestService();
    const bad = await post(engineer.token, [{ service: slug, metric: "latency", value: 1 }]);
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json.errors)).toContain("samples.0.metric");
    const many = await post(
      engineer.token,
      Array.from({ length: 1001 }, () => ({ service: slug, metric: "db_query_ms", value: 1 })),
    );
    expect(many.status).toBe(422);
    const future = await post(engineer.token, [
      { service: slug, metric: "db_query_ms", value: 1 },
      {
        service: slug,
        metric: "db_query_ms",
        value: 1,
        at: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      },
      { service: slug, metric: "db_query_ms", value: 1, at: new Date(Date.now() - 401 * DAY).toISOString() },
    ]);
    expect(future.status).toBe(422);
    expect(future.json.errors).toEqual([
      { path: "samples.1.at", message: "At most 1 hour in the future" },
      { path: "samples.2.at", message: "At most 400 days in the past" },
    ]);
    const unknown = await post(engineer.token, [
      { service: "no-such-service", metric: "db_query_ms", value: 1 },
    ]);
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors).toEqual([
      { path: "samples.0.service", message: "Not in the service catalog: no-such-service" },
    ]);
    expect(await db.performanceSample.count({ where: { service: slug } })).toBe(0);
  });

  it("is forbidden to executives (metrics:write)", async () => {
    const { slug } = await createTestService();
    expect((await post(executive.token, [{ service: slug, metric: "db_query_ms", value: 1 }])).status).toBe(
      403,
    );
  });
});

describe("performance_daily", () => {
  it("mirrors perf_bucket() in lib/performance/buckets.ts", async () => {
    const values = [
      0, 0.5, 1, 1.0000001, 1.1, 1.21, 1.331, 2, 10, 99.99, 100, 189.6, 200, 208.6, 1000, 3000, 1e6, 1e9,
    ];
    for (let v = 1.0001; v < 1e7; v *= 1.0731) values.push(v);
    for (const metric of ["api_latency_ms", "cpu_percent"]) {
      const rows = await sqlRows<{ b: number }>(
        Prisma.sql`SELECT perf_bucket(${metric}, v) AS b FROM unnest(${values}::float8[]) WITH ORDINALITY AS u(v, i) ORDER BY i`,
      );
      expect(rows.map((r) => r.b)).toEqual(values.map((v) => bucketIndex(metric, v)));
    }
  });

  it("equals a full recomputation after random inserts, updates and deletes", async () => {
    const prefix = unique("fresh");
    const services = [`${prefix}-a`, `${prefix}-b`];
    const metrics = ["api_latency_ms", "cpu_percent", "page_load_ms"];
    let seed = 42;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const base = Date.parse("2026-03-10T00:00:00Z");
    const randomAt = () => new Date(base + Math.floor(rand() * 4 * DAY));
    const randomValue = () => (rand() < 0.1 ? pick([0, 1, 1.1, 1.21, 100, 200]) : rand() * 500);
    for (let step = 0; step < 60; step++) {
      const ids = (
        await sqlRows<{ id: string }>(
          Prisma.sql`SELECT id::text FROM performance_samples WHERE service LIKE ${`${prefix}-%`}`,
        )
      ).map((r) => r.id);
      const choice = rand();
      if (choice < 0.45 || ids.length < 5) {
        const n = 1 + Math.floor(rand() * 20);
        const rows = Array.from({ length: n }, () => ({
          service: pick(services),
          metric: pick(metrics),
          value: randomValue(),
          at: randomAt().toISOString(),
        }));
        await db.$executeRaw(Prisma.sql`INSERT INTO performance_samples (service, metric, value, at, source)
          SELECT * , 'test' FROM unnest(${rows.map((r) => r.service)}::text[], ${rows.map((r) => r.metric)}::text[], ${rows.map((r) => r.value)}::float8[], ${rows.map((r) => r.at)}::timestamptz[])`);
      } else if (choice < 0.8) {
        const chosen = ids.filter(() => rand() < 0.3);
        const what = pick(["value", "at", "service", "metric", "all"] as const);
        const value = randomValue();
        const at = randomAt();
        const service = pick(services);
        const metric = pick(metrics);
        await db.$executeRaw(Prisma.sql`UPDATE performance_samples SET
          value = CASE WHEN ${what} IN ('value', 'all') THEN ${value}::float8 + id % 7 ELSE value END,
          at = CASE WHEN ${what} IN ('at', 'all') THEN ${at}::timestamptz + (id % 3) * interval '20 hours' ELSE at END,
          service = CASE WHEN ${what} IN ('service', 'all') THEN ${service} ELSE service END,
          metric = CASE WHEN ${what} IN ('metric', 'all') THEN ${metric} ELSE metric END
          WHERE id = ANY(${chosen}::bigint[])`);
      } else {
        const chosen = ids.filter(() => rand() < 0.25);
        await db.$executeRaw(Prisma.sql`DELETE FROM performance_samples WHERE id = ANY(${chosen}::bigint[])`);
      }
    }

    const samples = await sqlRows<{
      service: string;
      metric: string;
      value: number;
      day: string;
      b: number;
    }>(Prisma.sql`
      SELECT service, metric, value, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, perf_bucket(metric, value) AS b
      FROM performance_samples WHERE service LIKE ${`${prefix}-%`}`);
    expect(samples.length).toBeGreaterThan(50);
    const expected = new Map<string, { samples: number; sum: number; buckets: number[] }>();
    for (const s of samples) {
      expect(s.b).toBe(bucketIndex(s.metric, s.value));
      const key = `${s.service}|${s.metric}|${s.day}`;
      const e = expected.get(key) ?? { samples: 0, sum: 0, buckets: new Array<number>(BUCKET_COUNT).fill(0) };
      e.samples += 1;
      e.sum += s.value;
      e.buckets[s.b]! += 1;
      expected.set(key, e);
    }
    const rollup = await sqlRows<{
      service: string;
      metric: string;
      day: string;
      samples: string;
      sum: number;
      buckets: string[];
    }>(Prisma.sql`
      SELECT service, metric, to_char(day, 'YYYY-MM-DD') AS day, samples, sum, buckets FROM performance_daily WHERE service LIKE ${`${prefix}-%`}`);
    expect(rollup.map((r) => `${r.service}|${r.metric}|${r.day}`).sort()).toEqual(
      [...expected.keys()].sort(),
    );
    for (const r of rollup) {
      const e = expected.get(`${r.service}|${r.metric}|${r.day}`)!;
      expect(Number(r.samples)).toBe(e.samples);
      expect(r.sum).toBeCloseTo(e.sum, 6);
      expect(r.buckets.map(Number)).toEqual(e.buckets);
    }
  });
});

describe("self-measurement (service ops-portal)", () => {
  const selfRows = (metric: string) =>
    sqlRows<{ value: number }>(
      Prisma.sql`SELECT value FROM performance_samples WHERE service = ${SELF_SERVICE} AND metric = ${metric} AND source = 'self'`,
    );

  it("records a posted web vital, and the load time once", async () => {
    const res = await call(webVitalsRoute.POST, "POST", "/api/metrics/web-vitals", {
      token: engineer.token,
      body: { name: "LCP", value: 1234.5, page: "/incidents", loadMs: 2345 },
    });
    expect(res.status).toBe(204);
    await flushSelfSamples();
    expect((await selfRows("lcp_ms")).map((r) => r.value)).toContain(1234.5);
    expect((await selfRows("page_load_ms")).map((r) => r.value)).toContain(2345);
  });

  it("a flush writes API latency, database time, search time and capacity", async () => {
    await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { q: "database timeouts" },
    });
    const written = await flushSelfSamples();
    expect(written).toBeGreaterThan(0);
    for (const metric of [
      "api_latency_ms",
      "db_query_ms",
      "search_ms",
      "cpu_percent",
      "memory_percent",
      "disk_percent",
    ]) {
      const rows = await selfRows(metric);
      expect(rows.length, metric).toBeGreaterThan(0);
      for (const r of rows) expect(r.value, metric).toBeGreaterThanOrEqual(0);
    }
    for (const r of await selfRows("cpu_percent")) expect(r.value).toBeLessThanOrEqual(100);
  });
});
