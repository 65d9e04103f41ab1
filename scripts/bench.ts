// `npm run bench`: the incident and dashboard APIs under 20 concurrent clients against 1,000,000
// incidents, a year of performance samples and 300,000 security events (loaded once into
// .data/bench-postgres, or DATABASE_URL), with a plain node:http + pg server as the floor; then each
// rollup-backed dashboard against the same figures computed by full scans ("scan"), and each dashboard
// page's time to interactive in Chromium on the demo data ("pages").
// BENCH_INCIDENTS, BENCH_SECONDS and BENCH_CONNECTIONS change the defaults; BENCH_ONLY=queue,dashboard
// runs only the scenarios (and sections: scan, pages) whose names start with those words;
// BENCH_TIMEOUT_MINUTES (default 45) bounds the whole run; BENCH_SKIP_BUILD=1 uses .next as it is.
// "fan-out": one P1 to 200 team webhooks and 50+ e-mails on local receivers (scripts/lib/fan-out.ts).
// "live": a write through instance A → the event received by BENCH_LIVE_CLIENTS (20) SSE clients of
// instance B, BENCH_LIVE_WRITES (30) times, against the same NOTIFY → LISTEN path on node:http + pg.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser } from "@playwright/test";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { DATA_DIR, MIGRATIONS_DIR, ROOT } from "./lib/database";
import { loadLargeIncidents } from "./lib/large-incidents";
import { loadLargeSecurityEvents } from "./lib/large-security-events";
import { runLoad, type LoadResult, type RequestSpec } from "./lib/load-runner";
import { isBuildStale, startNext, waitForHealthy } from "./lib/next-server";

const TOTAL = Number(process.env.BENCH_INCIDENTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const TIMEOUT_MINUTES = Number(process.env.BENCH_TIMEOUT_MINUTES ?? 45);
const PORT = 3200;
const FLOOR_PORT = 3299;
const PAGES_PORT = 3201;
const PAGES_PG_PORT = 54358;
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const DAY = 86_400_000;
const ONLY = process.env.BENCH_ONLY?.split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const selected = (name: string) =>
  !ONLY || ONLY.some((o) => name.startsWith(o) || name.startsWith(`(reference) ${o}`));

// Runs before any page script: notes when the ready marker and the first h1 appear, every DOM change, and LCP.
const INIT_SCRIPT = `(() => {
  const b = (window.__bench = { readyAt: null, h1At: null, mutations: [], lcp: null });
  const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  new MutationObserver(() => {
    const now = performance.now();
    if (b.mutations.length < 5000) b.mutations.push(now);
    if (b.readyAt === null && visible(document.querySelector('[data-dashboard-ready="true"]'))) b.readyAt = now;
    if (b.h1At === null && visible(document.querySelector("h1"))) b.h1At = now;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) b.lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
})()`;

// Reads what INIT_SCRIPT noted, the navigation's domInteractive and when the first dashboard API response ended.
const READ_SCRIPT = `(() => {
  const b = window.__bench;
  const nav = performance.getEntriesByType("navigation")[0];
  const api = performance.getEntriesByType("resource").filter((e) => e.name.includes("/api/dashboards/"));
  const apiEnd = api.length ? Math.min(...api.map((e) => e.responseEnd)) : null;
  const after = apiEnd === null ? undefined : b.mutations.find((t) => t >= apiEnd);
  return { readyAt: b.readyAt, h1At: b.h1At, apiEnd, firstRenderAfterApi: after ?? null, domInteractive: nav ? nav.domInteractive : null, lcp: b.lcp };
})()`;

// ---------------------------------------------------------------- helpers: every wait has an end

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
const ms = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v) ? "–" : v.toFixed(v < 10 ? 2 : 1);

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    "| " + cells.map((c, i) => (c ?? "").padEnd(widths[i]!)).join(" | ") + " |";
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
}

const children: ChildProcess[] = [];
const databases: EmbeddedDatabase[] = [];
const tempDirs: string[] = [];

function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  const index = children.indexOf(child);
  if (index >= 0) children.splice(index, 1);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function stopDatabase(database: EmbeddedDatabase) {
  const index = databases.indexOf(database);
  if (index < 0) return;
  databases.splice(index, 1);
  await withTimeout(database.stop(), 30_000, "stopping PostgreSQL").catch((e: unknown) =>
    console.error(String(e)),
  );
}

// Stops everything this run started: servers, databases, temporary folders. Safe to call twice.
let stopping: Promise<void> | null = null;
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    await Promise.all([...children].map((c) => stopChild(c)));
    for (const database of [...databases].reverse()) await stopDatabase(database);
    for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  })();
  return stopping;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and databases…`);
    void withTimeout(shutdown(), 60_000, "shutdown").finally(() => process.exit(130));
  });
}
setTimeout(() => {
  console.error(
    `\nThe bench is still running after ${TIMEOUT_MINUTES} min (BENCH_TIMEOUT_MINUTES): stopping.`,
  );
  void withTimeout(shutdown(), 60_000, "shutdown").finally(() => process.exit(1));
}, TIMEOUT_MINUTES * 60_000).unref();

// Runs a child process to its end (killed after timeoutMs).
function runChild(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, what: string): Promise<void> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
  return withTimeout(
    new Promise<void>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`${what} failed (${signal ?? `exit ${code}`})`)),
      );
    }),
    timeoutMs,
    what,
  ).finally(() => stopChild(child));
}

let built = false;
function ensureBuild(env: NodeJS.ProcessEnv) {
  if (built) return;
  if (process.env.BENCH_SKIP_BUILD !== "1" && isBuildStale()) {
    console.log("Building the portal (sources changed since the last build)…");
    const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production" },
      timeout: 20 * 60_000,
      killSignal: "SIGKILL",
    });
    if (result.status !== 0)
      throw new Error(
        `next build failed (${result.error?.message ?? result.signal ?? `exit ${result.status}`})`,
      );
  }
  built = true;
}

async function startPortal(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = startNext(port, env, true);
  children.push(child);
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code, signal) =>
      reject(new Error(`the portal on port ${port} exited (${signal ?? `exit ${code}`})`)),
    ),
  );
  exited.catch(() => {});
  await withTimeout(
    Promise.race([waitForHealthy(`http://127.0.0.1:${port}`, 90_000), exited]),
    100_000,
    `the portal on port ${port} starting`,
  );
  return child;
}

// ---------------------------------------------------------------- the run

const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({
      dataDir: path.join(DATA_DIR, "bench-postgres"),
      port: 54359,
      database: "neuron_bench",
      quiet: true,
    });
if ("adminUrl" in database) databases.push(database);

let failed = false;
try {
  await withTimeout(
    applyMigrations(database.url, MIGRATIONS_DIR),
    15 * 60_000,
    "migrating the bench database",
  );
  process.env.DATABASE_URL = database.url;
  const { seedDemoIfEmpty } = await import("../prisma/seed");
  await withTimeout(
    seedDemoIfEmpty(() => {}),
    5 * 60_000,
    "seeding the demo data",
  );
  const sql = new pg.Client({ connectionString: database.url });
  sql.on("error", () => {}); // a connection cut by the shutdown must not crash the run
  await sql.connect();
  const count = async (table: string) =>
    Number((await sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
  const have = await count("incidents");
  if (have < TOTAL) {
    console.log(
      `Loading ${(TOTAL - have).toLocaleString("en")} incidents (once; kept in .data/bench-postgres)…`,
    );
    await loadLargeIncidents(database.url, TOTAL - have);
  }
  // The dashboards read performance samples and security events too.
  const dashboardsWanted =
    !ONLY || ONLY.some((o) => ["dashboard", "scan"].some((w) => o.startsWith(w) || w.startsWith(o)));
  if (dashboardsWanted) {
    if ((await count("performance_samples")) < 100_000) {
      console.log("Loading a year of hourly performance samples per service (once)…");
      const { loadLargeSamples } = await import("./lib/large-samples");
      const loaded = await loadLargeSamples(database.url);
      console.log(
        `  ${loaded.inserted.toLocaleString("en")} samples for ${loaded.services} services in ${loaded.seconds.toFixed(1)} s`,
      );
    }
    if ((await count("security_events")) < 100_000) {
      console.log("Loading three years of security events (once)…");
      const loaded = await loadLargeSecurityEvents(database.url);
      console.log(
        `  ${loaded.inserted.toLocaleString("en")} security events in ${loaded.seconds.toFixed(1)} s`,
      );
    }
  }
  const counts = (
    await sql.query<{ all: string; open: string }>(
      "SELECT count(*) AS all, count(*) FILTER (WHERE status IN ('OPEN','IN_PROGRESS')) AS open FROM incidents",
    )
  ).rows[0]!;
  const samples = dashboardsWanted ? await count("performance_samples") : 0;
  const securityEvents = dashboardsWanted ? await count("security_events") : 0;
  const deep = (
    await sql.query<{ created_at: Date; id: string }>(
      "SELECT created_at, id FROM incidents WHERE status = 'CLOSED' ORDER BY created_at DESC, id DESC OFFSET 500000 LIMIT 1",
    )
  ).rows[0];
  await sql.end();

  const { createApiToken } = await import("../lib/tokens/token-data");
  const { encodeCursor } = await import("../lib/api/pagination");
  const { db } = await import("../lib/db");
  const tokenFor = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    return (
      await createApiToken(
        { id: user.id, email: user.email },
        { name: `bench ${new Date().toISOString()}`, expiresAt: new Date(Date.now() + DAY).toISOString() },
      )
    ).token;
  };
  const token = await tokenFor("engineer@neuron.test");
  const executiveToken = await tokenFor("executive@neuron.test"); // reads all four dashboards

  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    JOBS_ENABLED: "false",
    DB_POOL_SIZE: String(CONNECTIONS),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
  };

  // ------------------------------------------------------------ HTTP scenarios
  const auth = { authorization: `Bearer ${token}` };
  const exec = { authorization: `Bearer ${executiveToken}` };
  const terms = [
    "timeouts",
    "certificate expiry",
    "Calendar sync",
    "memory leak",
    "tenants",
    "E-filing",
    "duplicate records",
    "crash loop",
  ];
  // The period the dashboard pages send: the preset's days up to the next whole minute.
  const lastDays = (days: number) => {
    const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    return new URLSearchParams({
      from: new Date(to.getTime() - days * DAY).toISOString(),
      to: to.toISOString(),
    }).toString();
  };
  type Scenario = {
    name: string;
    target?: string;
    origin: string;
    next: (i: number) => RequestSpec;
    check?: (r: LoadResult) => boolean;
    /** Runs right after the scenario's load (the alert storm waits for its queue to drain there). */
    after?: (r: LoadResult) => Promise<boolean>;
  };
  // The alert storm (issue 15): Alertmanager notifications of 10 alerts each over 200 groups, every one
  // different (so none is a retry), to one integration; then the time until every one is processed.
  const storm = selected("alert storm") ? await alertStormSetup() : null;
  const origin = `http://127.0.0.1:${PORT}`;
  const dashboard = (name: string, pathFor: () => string): Scenario => ({
    name,
    target: "p95 < 100 ms",
    origin,
    next: () => ({ method: "GET", path: pathFor(), headers: exec }),
    check: (r) => r.errors === 0 && r.p95 < 100,
  });
  const allScenarios: Scenario[] = [
    {
      name: "queue: 50 most urgent open incidents",
      target: "p95 < 50 ms",
      origin,
      next: () => ({ method: "GET", path: "/api/incidents?limit=50", headers: auth }),
      check: (r) => r.p95 < 50,
    },
    {
      name: "queue floor: node:http + pg, no framework",
      origin: `http://127.0.0.1:${FLOOR_PORT}`,
      next: () => ({ method: "GET", path: "/" }),
    },
    {
      name: "history: keyset page 500,000 rows deep",
      origin,
      next: () => ({
        method: "GET",
        path: `/api/incidents?status=CLOSED&sort=newest&limit=50&cursor=${encodeCursor({ t: deep!.created_at.toISOString(), id: deep!.id })}`,
        headers: auth,
      }),
    },
    {
      name: "full-text search over all incidents",
      target: "p95 < 50 ms",
      origin,
      next: (i) => ({
        method: "GET",
        path: `/api/incidents?status=OPEN,IN_PROGRESS,RESOLVED,CLOSED&limit=50&q=${encodeURIComponent(terms[i % terms.length]!)}`,
        headers: auth,
      }),
      check: (r) => r.p95 < 50,
    },
    {
      name: "full-text search floor: node:http + pg, same query",
      origin: `http://127.0.0.1:${FLOOR_PORT}`,
      next: (i) => ({ method: "GET", path: `/search?q=${encodeURIComponent(terms[i % terms.length]!)}` }),
    },
    {
      name: "create incident",
      target: "p95 < 100 ms",
      origin,
      next: (i) => ({
        method: "POST",
        path: "/api/incidents",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({
          title: `Bench incident ${i}`,
          description: "Created by npm run bench",
          severity: "P4",
          affectedServices: ["search"],
        }),
      }),
      check: (r) => r.p95 < 100,
    },
    {
      name: "create floor: node:http + pg, same writes",
      origin: `http://127.0.0.1:${FLOOR_PORT}`,
      next: (i) => ({
        method: "POST",
        path: "/create",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: `Bench incident ${i}`, description: "Created by npm run bench" }),
      }),
    },
    {
      name: "MTTA/MTTR/compliance over 90 days",
      target: "p95 < 100 ms",
      origin,
      next: () => ({ method: "GET", path: "/api/incidents/metrics", headers: auth }),
      check: (r) => r.p95 < 100,
    },
    dashboard("dashboard executive: 30 days (default)", () => "/api/dashboards/executive"),
    dashboard("dashboard executive: 12 months", () => `/api/dashboards/executive?${lastDays(365)}`),
    dashboard("dashboard operations: now", () => "/api/dashboards/operations"),
    dashboard("dashboard application: 30 days", () => `/api/dashboards/application?${lastDays(30)}`),
    dashboard("dashboard security: 30 days", () => `/api/dashboards/security?${lastDays(30)}`),
    // Where the time goes: the framework with one trivial query, and token authentication alone.
    ...(storm
      ? [
          {
            name: "alert storm: Alertmanager notifications, 200 groups",
            target: "p95 < 50 ms",
            origin,
            next: storm.next,
            check: (r: LoadResult) => r.errors === 0 && r.p95 < 50,
            after: storm.after,
          },
          {
            name: "alert storm floor: node:http + pg, same raw rows",
            origin: `http://127.0.0.1:${FLOOR_PORT}`,
            next: (i: number) => ({
              ...storm.next(i),
              path: "/alert",
              headers: { "content-type": "application/json" },
            }),
          },
        ]
      : []),
    {
      name: "(reference) health: no sign-in, SELECT 1",
      origin,
      next: () => ({ method: "GET", path: "/api/health" }),
    },
    {
      name: "(reference) me: token authentication only",
      origin,
      next: () => ({ method: "GET", path: "/api/me", headers: auth }),
    },
  ];
  const scenarios = allScenarios.filter((s) => selected(s.name));

  if (scenarios.length) {
    ensureBuild(env);
    await startPortal(PORT, env);
    if (scenarios.some((s) => s.origin.endsWith(`:${FLOOR_PORT}`))) {
      const floor = spawn(
        process.execPath,
        ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "scripts/lib/plain-pg-server.ts")],
        { env: { ...env, PORT: String(FLOOR_PORT) }, stdio: "inherit" },
      );
      children.push(floor);
    }
    await sleep(1000);

    const data = [
      `${Number(counts.all).toLocaleString("en")} incidents (${Number(counts.open).toLocaleString("en")} open)`,
    ];
    if (dashboardsWanted)
      data.push(
        `${samples.toLocaleString("en")} performance samples`,
        `${securityEvents.toLocaleString("en")} security events`,
      );
    console.log(
      `\nNeuron Ops benchmark — ${data.join(", ")}, ${CONNECTIONS} concurrent clients, ${SECONDS} s per scenario, on this machine\n`,
    );
    const rows: string[][] = [];
    const results: Record<string, LoadResult> = {};
    for (const s of scenarios) {
      const r = await withTimeout(
        runLoad(s.origin, s.next, { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: 2 }),
        (SECONDS + 2 + 120) * 1000,
        `scenario "${s.name}"`,
      );
      results[s.name] = r;
      const afterOk = s.after ? await s.after(r) : true;
      const verdict = s.check ? (s.check(r) && afterOk ? "✓ " : "✗ ") + s.target : "";
      rows.push([
        s.name,
        r.p50.toFixed(1),
        r.p95.toFixed(1),
        r.p99.toFixed(1),
        r.rps.toFixed(0),
        String(r.errors),
        verdict,
      ]);
      if (r.errors) console.log(`  (${s.name}: first error ${r.firstError})`);
    }
    printTable(["scenario", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "target"], rows);
    const queue = results["queue: 50 most urgent open incidents"];
    const stormResult = results["alert storm: Alertmanager notifications, 200 groups"];
    const stormFloor = results["alert storm floor: node:http + pg, same raw rows"];
    if (stormResult && stormFloor)
      console.log(
        `\nAlert intake: accepted p95 ${stormResult.p95.toFixed(1)} ms vs the floor's ${stormFloor.p95.toFixed(1)} ms (${(stormResult.p95 / stormFloor.p95).toFixed(1)}×); throughput ${((stormResult.rps / stormFloor.rps) * 100).toFixed(0)} % of the floor's`,
      );
    const floorResult = results["queue floor: node:http + pg, no framework"];
    if (queue && floorResult) {
      const ratio = queue.rps / floorResult.rps;
      console.log(
        `\nQueue throughput is ${(ratio * 100).toFixed(0)} % of the plain-pg floor (target ≥ 33 %): ${ratio >= 1 / 3 ? "✓" : "✗"}`,
      );
    }
    // The servers go before the sections below, which want the machine to themselves.
    await Promise.all([...children].map((c) => stopChild(c)));
  }

  // ------------------------------------------------------------ live updates: a write on A → SSE clients on B
  if (selected("live")) {
    ensureBuild(env);
    const liveTokens = await Promise.all(
      ["engineer@neuron.test", "engineer2@neuron.test", "manager@neuron.test", "admin@neuron.test"].map(
        tokenFor,
      ),
    );
    await withTimeout(measureLive(env, liveTokens), 10 * 60_000, "the live update latency");
  }

  // ------------------------------------------------------------ fan-out: one P1 to 200 webhooks and 50+ e-mails
  if (selected("fan-out")) {
    ensureBuild(env);
    const { measureFanOut } = await import("./lib/fan-out");
    console.log(
      "\nFan-out — one P1 reported through the API, delivered by the job queue to local receivers\n",
    );
    const f = await withTimeout(
      measureFanOut({
        env,
        databaseUrl: database.url,
        port: 3204,
        token,
        startPortal: async (port, portalEnv) => {
          const child = await startPortal(port, portalEnv);
          return { stop: () => stopChild(child) };
        },
      }),
      10 * 60_000,
      "the fan-out",
    );
    printTable(
      ["fan-out", "messages", "all delivered ms", "deliveries/s", "p50 delay ms", "p95 delay ms"],
      [
        [
          `portal: ${f.subscribers} webhooks + ${f.emails} e-mails`,
          String(f.portal.messages),
          f.portal.allDeliveredMs.toFixed(0),
          f.portal.perSecond.toFixed(0),
          f.portal.p50.toFixed(0),
          f.portal.p95.toFixed(0),
        ],
        [
          "floor: plain loop, same messages, 25 at a time",
          String(f.subscribers + f.emails),
          f.floor.allDeliveredMs.toFixed(0),
          f.floor.perSecond.toFixed(0),
          "",
          f.floor.p95.toFixed(0),
        ],
      ],
    );
    console.log(
      `\nThe P1's report answered ${f.portal.reportAnsweredMs} ms after its commit time. Create (P4, 20 clients, 5 s) p95 ${f.createWithout.p95.toFixed(1)} ms alone, ${f.createWith.p95.toFixed(1)} ms while a P1's ${f.subscribers + f.emails} deliveries go out (${f.createWithout.rps.toFixed(0)} vs ${f.createWith.rps.toFixed(0)} req/s)`,
    );
  }

  // ------------------------------------------------------------ rollups vs full scans (in this process)
  if (selected("scan")) {
    await withTimeout(compareWithFullScans(), 15 * 60_000, "the full-scan comparison");
  }
  await withTimeout(db.$disconnect(), 10_000, "closing the database pool").catch(() => {});

  // ------------------------------------------------------------ dashboard pages in Chromium (demo data)
  if (selected("pages")) {
    ensureBuild(env);
    await withTimeout(measurePages(env), 15 * 60_000, "the page timings");
  }
} catch (error) {
  failed = true;
  console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  // Leave the data set as it was: the incidents the create scenario reported would otherwise pile up
  // as open incidents run after run, and slow the queue and the compliance figures of the next one.
  await Promise.all([...children].map((c) => stopChild(c)));
  // (Skipped when a signal or the overall timeout is already stopping everything.)
  if (!stopping)
    try {
      const sql = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 10_000 });
      sql.on("error", () => {});
      await sql.connect();
      try {
        await sql.query("SET statement_timeout = '120s'");
        const removed = await sql.query(
          "DELETE FROM incidents WHERE description = 'Created by npm run bench'",
        );
        // The rollups follow the delete by themselves (triggers).
        if (removed.rowCount)
          console.log(`(removed the ${removed.rowCount} incidents the create scenario reported)`);
      } finally {
        await sql.end();
      }
    } catch (error) {
      console.error(`could not remove the bench's incidents: ${String(error)}`);
    }
  await withTimeout(shutdown(), 90_000, "shutdown").catch((e: unknown) => console.error(String(e)));
  process.exit(failed ? 1 : 0);
}

// ---------------------------------------------------------------- scan: rollups vs full scans

// The alert storm: an ALERTMANAGER integration, a request generator whose every body is new (distinct
// alert fingerprints), and the check after the load: the queue drains, 200 incidents, fire counts equal to
// the notifications stored. The integration and its incidents are removed afterwards.
async function alertStormSetup() {
  const { createIntegration } = await import("../lib/alerts/integrations");
  const { db } = await import("../lib/db");
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@neuron.test" } });
  const integration = await createIntegration(
    { ...admin, roles: ["ADMIN"], via: "token" },
    {
      name: `bench storm ${new Date().toISOString()}`,
      kind: "ALERTMANAGER",
      services: [],
      rules: [],
      severityMap: { critical: "P1", warning: "P3" },
      autoResolve: true,
      paused: false,
      reopenWindowMinutes: 30,
      heartbeatSeverity: "P4",
    },
  );
  let sent = 0;
  const next = (i: number): RequestSpec => {
    sent++;
    const group = i % 200;
    const alerts = Array.from({ length: 10 }, (_, a) => ({
      status: "firing",
      labels: { alertname: "BenchStorm", severity: "warning", group: String(group), alert: `${i}-${a}` },
      annotations: { summary: `Storm group ${group}` },
      startsAt: new Date().toISOString(),
      endsAt: "0001-01-01T00:00:00Z",
      fingerprint: `${i}-${a}`,
    }));
    return {
      method: "POST",
      path: `/api/integrations/${integration.id}/alertmanager`,
      headers: { authorization: `Bearer ${integration.secret}`, "content-type": "application/json" },
      body: JSON.stringify({
        version: "4",
        groupKey: `{}:{group="${group}"}`,
        truncatedAlerts: 0,
        status: "firing",
        receiver: "bench",
        groupLabels: { group: String(group) },
        commonLabels: { alertname: "BenchStorm", severity: "warning", group: String(group) },
        commonAnnotations: { summary: `Storm group ${group}` },
        externalURL: "http://bench",
        alerts,
      }),
    };
  };
  const after = async (): Promise<boolean> => {
    const started = performance.now();
    const pending = () =>
      db.alertNotification.count({ where: { integrationId: integration.id, state: "PENDING" } });
    let left = await pending();
    const deadline = Date.now() + 10 * 60_000;
    while (left > 0 && Date.now() < deadline) {
      await sleep(250);
      left = await pending();
    }
    const drained = (performance.now() - started) / 1000;
    const stored = await db.alertNotification.count({ where: { integrationId: integration.id } });
    const incidents = await db.incident.aggregate({
      where: { integrationId: integration.id },
      _count: true,
      _sum: { fireCount: true },
    });
    const fired = incidents._sum.fireCount ?? 0;
    const ok = left === 0 && incidents._count === 200 && fired === stored;
    console.log(
      `  alert storm: ${sent} notifications sent (warm-up included), ${stored} stored, queue drained ${left === 0 ? `${drained.toFixed(1)} s after the load` : `NOT (${left} pending)`}; ` +
        `${incidents._count} incidents (want 200), fire counts sum to ${fired} (want ${stored}) ${ok ? "✓" : "✗"}`,
    );
    await db.incident.deleteMany({ where: { integrationId: integration.id } });
    await db.integration.delete({ where: { id: integration.id } });
    return ok;
  };
  return { next, after };
}

async function timeRuns(fn: () => Promise<unknown>, what: string, warmups = 3, runs = 15) {
  for (let i = 0; i < warmups; i++) await withTimeout(fn(), 120_000, what);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await withTimeout(fn(), 120_000, what);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function compareWithFullScans() {
  const now = new Date();
  const to = now;
  const from = new Date(now.getTime() - 365 * DAY);
  const query = { from: from.toISOString(), to: to.toISOString() };
  const scan = await import("../lib/dashboards/full-scan");
  const { executiveDashboard } = await import("../lib/dashboards/executive");
  const { securityDashboard } = await import("../lib/dashboards/security");
  // Being written alongside this bench: a missing module is reported, not fatal.
  const application = await import("../lib/dashboards/application").catch((error: unknown) => {
    console.log(`  (application dashboard not measured: ${String(error).split("\n")[0]})`);
    return null;
  });
  type Pair = { name: string; rollup: () => Promise<unknown>; scan: () => Promise<unknown> };
  const pairs: (Pair | { name: string; note: string })[] = [
    {
      name: "executive",
      rollup: () => executiveDashboard(query, now),
      scan: () => scan.executiveByScan(from, to, now),
    },
    { name: "operations", note: "n/a (indexed reads only)" },
    application
      ? {
          name: "application",
          rollup: () => application.applicationDashboard(query, now),
          scan: () => scan.applicationByScan(from, to),
        }
      : { name: "application", note: "not measured (lib/dashboards/application.ts missing)" },
    {
      name: "security",
      rollup: () => securityDashboard(query, now),
      scan: () => scan.securityByScan(from, to),
    },
  ];
  console.log(
    `\nDashboards from rollups vs the same figures by full scan — 12 months (${query.from.slice(0, 10)} → ${query.to.slice(0, 10)}), one client, 3 warm-up + 15 runs each\n`,
  );
  const rows: string[][] = [];
  for (const pair of pairs) {
    if ("note" in pair) {
      rows.push([pair.name, "–", "–", "–", "–", pair.note]);
      continue;
    }
    try {
      const r = await timeRuns(pair.rollup, `${pair.name} from rollups`);
      const s = await timeRuns(pair.scan, `${pair.name} by full scan`);
      rows.push([
        pair.name,
        ms(r.p50),
        ms(r.p95),
        ms(s.p50),
        ms(s.p95),
        `${(s.p50 / r.p50).toFixed(1)}× faster`,
      ]);
    } catch (error) {
      rows.push([pair.name, "–", "–", "–", "–", `failed: ${String(error).split("\n")[0]!.slice(0, 120)}`]);
    }
  }
  printTable(
    [
      "dashboard",
      "rollup p50 ms",
      "rollup p95 ms",
      "full scan p50 ms",
      "full scan p95 ms",
      "ratio (scan p50 ÷ rollup p50)",
    ],
    rows,
  );
}

// ---------------------------------------------------------------- pages: time to interactive in Chromium

type PageRun = {
  interactive: number;
  domInteractive: number | null;
  lcp: number | null;
  apiEnd: number | null;
  mode: "ready" | "fallback";
};

async function measurePages(baseEnv: NodeJS.ProcessEnv) {
  const EMAIL = "executive@neuron.test";
  const PASSWORD = "neuron-demo";
  const PAGES = [
    "/dashboards/executive",
    "/dashboards/operations",
    "/dashboards/application",
    "/dashboards/security",
  ];
  const RUNS = 5;
  const dir = mkdtempSync(path.join(tmpdir(), "neuron-bench-demo-"));
  chmodSync(dir, 0o755); // PostgreSQL runs as `postgres` when started by root
  tempDirs.push(dir);
  let demo: EmbeddedDatabase | null = null;
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    console.log(
      "\nDashboard pages in Chromium — demo data in a fresh database, signed in as executive@neuron.test",
    );
    demo = await withTimeout(
      startEmbeddedPostgres({
        dataDir: path.join(dir, "data"),
        port: PAGES_PG_PORT,
        database: "neuron_bench_demo",
        quiet: true,
      }),
      120_000,
      "starting the demo PostgreSQL",
    );
    databases.push(demo);
    await withTimeout(applyMigrations(demo.url, MIGRATIONS_DIR), 180_000, "migrating the demo database");
    // The demo seed uses the process-wide Prisma client, which here points at the bench database: seed in a child.
    await runChild(
      ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "scripts/db-seed.ts")],
      { ...process.env, DATABASE_URL: demo.url },
      300_000,
      "seeding the demo database",
    );
    const baseURL = `http://localhost:${PAGES_PORT}`;
    server = await startPortal(PAGES_PORT, {
      ...baseEnv,
      DATABASE_URL: demo.url,
      NEXTAUTH_URL: baseURL,
      DB_POOL_SIZE: "10",
    });

    const { chromium, devices } = await import("@playwright/test");
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
      timeout: 60_000,
    });
    const context = await browser.newContext({ ...devices["Desktop Chrome"], baseURL });
    context.setDefaultTimeout(30_000);
    // Sign in through next-auth's credentials API, as tests/e2e/auth.ts does; the cookies land in this context.
    const csrf = (await (await context.request.get("/api/auth/csrf", { timeout: 30_000 })).json()) as {
      csrfToken: string;
    };
    const signIn = await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: EMAIL, password: PASSWORD, json: "true" },
      timeout: 30_000,
    });
    if (!signIn.ok()) throw new Error(`sign-in failed for ${EMAIL}: ${signIn.status()}`);

    // Before any page script: note when the ready marker and the first h1 appear, every DOM change, and LCP.
    // (Strings, not functions: the TypeScript loader may wrap functions in helpers the page does not have.)
    await context.addInitScript(INIT_SCRIPT);

    const visit = async (url: string): Promise<PageRun> => {
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: "commit", timeout: 30_000 });
        const ready = page
          .locator('[data-dashboard-ready="true"]')
          .first()
          .waitFor({ state: "visible", timeout: 30_000 })
          .then(
            () => "ready" as const,
            () => null,
          );
        const settled = page
          .waitForLoadState("networkidle", { timeout: 30_000 })
          .then(() => page.locator("h1").first().waitFor({ state: "visible", timeout: 10_000 }))
          .then(
            () => "settled" as const,
            () => null,
          );
        const first = await Promise.race([ready, settled]);
        if (first !== "ready") await Promise.race([ready, sleep(1000)]); // the marker may follow the last response by a render
        if (new URL(page.url()).pathname !== url)
          throw new Error(`${url} ended on ${page.url()} (not signed in, or forbidden?)`);
        const m = await page.evaluate<{
          readyAt: number | null;
          h1At: number | null;
          apiEnd: number | null;
          firstRenderAfterApi: number | null;
          domInteractive: number | null;
          lcp: number | null;
        }>(READ_SCRIPT);
        if (m.readyAt !== null)
          return {
            interactive: m.readyAt,
            domInteractive: m.domInteractive,
            lcp: m.lcp,
            apiEnd: m.apiEnd,
            mode: "ready",
          };
        // No ready marker: the first h1 and the first render after the dashboard's data arrived.
        if (m.h1At === null)
          throw new Error(`${url}: neither [data-dashboard-ready="true"] nor an h1 appeared`);
        const interactive = Math.max(m.h1At, m.firstRenderAfterApi ?? m.apiEnd ?? 0);
        return {
          interactive,
          domInteractive: m.domInteractive,
          lcp: m.lcp,
          apiEnd: m.apiEnd,
          mode: "fallback",
        };
      } finally {
        await page.close().catch(() => {});
      }
    };

    const rows: string[][] = [];
    let fallbacks = 0;
    for (const url of PAGES) {
      try {
        await visit(url); // warm-up: server caches, browser cache, the build's chunks
        const runs: PageRun[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await visit(url));
        const sorted = (k: "interactive" | "domInteractive" | "lcp" | "apiEnd") =>
          runs
            .map((r) => r[k])
            .filter((v): v is number => v !== null)
            .sort((a, b) => a - b);
        const interactive = sorted("interactive");
        const max = interactive.at(-1)!;
        const mode = runs.every((r) => r.mode === "ready")
          ? "ready marker"
          : runs.every((r) => r.mode === "fallback")
            ? "h1 + data (fallback)"
            : "mixed";
        if (mode !== "ready marker") fallbacks++;
        rows.push([
          url,
          ms(percentile(interactive, 50)),
          ms(max),
          ms(percentile(sorted("domInteractive"), 50)),
          ms(percentile(sorted("apiEnd"), 50)),
          ms(percentile(sorted("lcp"), 50)),
          mode,
          `${max < 1500 ? "✓" : "✗"} every run < 1500 ms`,
        ]);
      } catch (error) {
        rows.push([
          url,
          "–",
          "–",
          "–",
          "–",
          "–",
          "–",
          `✗ failed: ${String(error).split("\n")[0]!.slice(0, 120)}`,
        ]);
      }
    }
    console.log(`1 warm-up + ${RUNS} navigations per page; times from navigation start\n`);
    printTable(
      [
        "page",
        "interactive p50 ms",
        "interactive max ms",
        "domInteractive p50 ms",
        "data API answered p50 ms",
        "LCP p50 ms",
        "measured by",
        "target",
      ],
      rows,
    );
    if (fallbacks)
      console.log(
        `\n(${fallbacks} page(s) have no [data-dashboard-ready="true"] marker yet: measured to the first h1 and the first render after the dashboard API answered)`,
      );
  } finally {
    if (browser) await withTimeout(browser.close(), 30_000, "closing Chromium").catch(() => {});
    if (server) await stopChild(server);
    if (demo) await stopDatabase(demo);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- live: write on A → SSE clients on B

async function measureLive(baseEnv: NodeJS.ProcessEnv, tokens: string[]) {
  // (Inside: the run above reaches this function before a module-level constant down here would exist.)
  const LIVE_PORTS = { a: 3202, b: 3203, floorStream: 3298 };
  const { measureLivePath } = await import("./lib/live-latency");
  const clients = Number(process.env.BENCH_LIVE_CLIENTS ?? 20);
  const writes = Number(process.env.BENCH_LIVE_WRITES ?? 30);
  // Only the measured writes announce themselves: no self-measurement samples, no jobs.
  const env = { ...baseEnv, SELF_MEASURE: "false", JOBS_ENABLED: "false" };
  const started: ChildProcess[] = [];
  try {
    started.push(await startPortal(LIVE_PORTS.a, { ...env, INSTANCE_ID: "bench-a" }));
    started.push(await startPortal(LIVE_PORTS.b, { ...env, INSTANCE_ID: "bench-b" }));
    const floorProcess = (script: string, port: number) => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "scripts/lib", script)],
        { env: { ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"] },
      );
      children.push(child);
      started.push(child);
    };
    floorProcess("plain-pg-server.ts", FLOOR_PORT);
    floorProcess("plain-sse-server.ts", LIVE_PORTS.floorStream);
    for (const url of [
      `http://127.0.0.1:${FLOOR_PORT}/`,
      `http://127.0.0.1:${LIVE_PORTS.floorStream}/ready`,
    ]) {
      const deadline = Date.now() + 60_000;
      while (
        (await fetch(url).then(
          (r) => r.status,
          () => 0,
        )) === 0
      ) {
        if (Date.now() > deadline) throw new Error(`${url} did not answer within 60 s`);
        await sleep(250);
      }
    }
    const post = (url: string, headers: Record<string, string>) => async (i: number) => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({
          title: `Live bench ${i}`,
          description: "Created by npm run bench",
          severity: "P4",
          impact: "DEGRADED",
        }),
      });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    };
    const bearer = (i: number) => ({ authorization: `Bearer ${tokens[i % tokens.length]!}` });
    const options = { clients, writes, spacingMs: 400 };
    console.log(
      `\nLive updates — a report through instance A, heard by ${clients} SSE clients of instance B; ${writes} writes, one every 400 ms; times from sending the write\n`,
    );
    const portal = await measureLivePath(
      {
        write: post(`http://127.0.0.1:${LIVE_PORTS.a}/api/incidents`, bearer(0)),
        streamUrl: `http://127.0.0.1:${LIVE_PORTS.b}/api/events`,
        headers: bearer,
        isAbout: (d) => d.split(",").includes("incidents"),
      },
      options,
    );
    const floor = await measureLivePath(
      {
        write: post(`http://127.0.0.1:${FLOOR_PORT}/create`, {}),
        streamUrl: `http://127.0.0.1:${LIVE_PORTS.floorStream}/events`,
        isAbout: (d) => d === "incidents",
      },
      options,
    );
    const row = (name: string, r: Awaited<ReturnType<typeof measureLivePath>>, target: string) => [
      name,
      ms(r.writeP50),
      ms(r.p50),
      ms(r.p95),
      ms(r.max),
      `${r.samples}/${r.writes * r.clients}`,
      String(r.missed),
      target,
    ];
    printTable(
      [
        "path",
        "write p50 ms",
        "heard p50 ms",
        "heard p95 ms",
        "heard max ms",
        "events heard",
        "missed",
        "target",
      ],
      [
        row(
          "portal: POST on A → GET /api/events on B",
          portal,
          `${portal.p95 < 1000 && portal.missed === 0 ? "✓" : "✗"} p95 < 1000 ms, none missed`,
        ),
        row("floor: node:http + pg, NOTIFY → LISTEN", floor, ""),
      ],
    );
  } finally {
    await Promise.all(started.map((c) => stopChild(c)));
  }
}
