// `npm run bench`: the incident API under 20 concurrent clients against 1,000,000 incidents (loaded once
// into .data/bench-postgres, or DATABASE_URL), with a plain node:http + pg server as the floor.
// BENCH_INCIDENTS, BENCH_SECONDS and BENCH_CONNECTIONS change the defaults.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { DATA_DIR, MIGRATIONS_DIR, ROOT } from "./lib/database";
import { loadLargeIncidents, rebuildDailyStats } from "./lib/large-incidents";
import { runLoad, type LoadResult, type RequestSpec } from "./lib/load-runner";
import { buildNext, isBuildStale, startNext, waitForHealthy } from "./lib/next-server";

const TOTAL = Number(process.env.BENCH_INCIDENTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PORT = 3200;
// BENCH_ONLY=queue,create runs only the scenarios whose names start with those words.
const ONLY = process.env.BENCH_ONLY?.split(",").map((s) => s.trim()).filter(Boolean);
const FLOOR_PORT = 3299;

const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "bench-postgres"), port: 54359, database: "neuron_bench", quiet: true });
const children: { kill: () => void }[] = [];
const cleanup = async () => {
  for (const c of children) c.kill();
  await database.stop();
};

try {
  await applyMigrations(database.url, MIGRATIONS_DIR);
  process.env.DATABASE_URL = database.url;
  const { seedDemoIfEmpty } = await import("../prisma/seed");
  await seedDemoIfEmpty(() => {});
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const have = Number((await sql.query<{ n: string }>("SELECT count(*) AS n FROM incidents")).rows[0]!.n);
  if (have < TOTAL) {
    console.log(`Loading ${(TOTAL - have).toLocaleString("en")} incidents (once; kept in .data/bench-postgres)…`);
    await loadLargeIncidents(database.url, TOTAL - have);
  }
  const counts = (await sql.query<{ all: string; open: string }>("SELECT count(*) AS all, count(*) FILTER (WHERE status IN ('OPEN','IN_PROGRESS')) AS open FROM incidents")).rows[0]!;
  const deep = (await sql.query<{ created_at: Date; id: string }>("SELECT created_at, id FROM incidents WHERE status = 'CLOSED' ORDER BY created_at DESC, id DESC OFFSET 500000 LIMIT 1")).rows[0];
  await sql.end();

  const { createApiToken } = await import("../lib/tokens/token-data");
  const { encodeCursor } = await import("../lib/api/pagination");
  const { db } = await import("../lib/db");
  const engineer = await db.user.findUniqueOrThrow({ where: { email: "engineer@neuron.test" } });
  const token = (await createApiToken({ id: engineer.id, email: engineer.email }, { name: `bench ${new Date().toISOString()}` })).token;
  await db.$disconnect();

  const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: `http://localhost:${PORT}`, JOBS_ENABLED: "false", DB_POOL_SIZE: String(CONNECTIONS), HOST: "127.0.0.1", LOG_LEVEL: "warn" };
  if (isBuildStale()) buildNext(env);
  children.push(startNext(PORT, env, true));
  const floor = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/lib/plain-pg-server.ts")], { env: { ...env, PORT: String(FLOOR_PORT) }, stdio: "inherit" });
  children.push(floor);
  await waitForHealthy(`http://127.0.0.1:${PORT}`);
  await new Promise((r) => setTimeout(r, 1000));

  const auth = { authorization: `Bearer ${token}` };
  const terms = ["timeouts", "certificate expiry", "Calendar sync", "memory leak", "tenants", "E-filing", "duplicate records", "crash loop"];
  type Scenario = { name: string; target?: string; origin: string; next: (i: number) => RequestSpec; check?: (r: LoadResult) => boolean };
  const allScenarios: Scenario[] = [
    { name: "queue: 50 most urgent open incidents", target: "p95 < 50 ms", origin: `http://127.0.0.1:${PORT}`, next: () => ({ method: "GET", path: "/api/incidents?limit=50", headers: auth }), check: (r) => r.p95 < 50 },
    { name: "queue floor: node:http + pg, no framework", origin: `http://127.0.0.1:${FLOOR_PORT}`, next: () => ({ method: "GET", path: "/" }) },
    {
      name: "history: keyset page 500,000 rows deep",
      origin: `http://127.0.0.1:${PORT}`,
      next: () => ({ method: "GET", path: `/api/incidents?status=CLOSED&sort=newest&limit=50&cursor=${encodeCursor({ t: deep!.created_at.toISOString(), id: deep!.id })}`, headers: auth }),
    },
    {
      name: "full-text search over all incidents",
      target: "p95 < 50 ms",
      origin: `http://127.0.0.1:${PORT}`,
      next: (i) => ({ method: "GET", path: `/api/incidents?status=OPEN,IN_PROGRESS,RESOLVED,CLOSED&limit=50&q=${encodeURIComponent(terms[i % terms.length]!)}`, headers: auth }),
      check: (r) => r.p95 < 50,
    },
    {
      name: "create incident",
      target: "p95 < 100 ms",
      origin: `http://127.0.0.1:${PORT}`,
      next: (i) => ({ method: "POST", path: "/api/incidents", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ title: `Bench incident ${i}`, description: "Created by npm run bench", severity: "P4", affectedServices: ["search"] }) }),
      check: (r) => r.p95 < 100,
    },
    { name: "MTTA/MTTR/compliance over 90 days", target: "p95 < 100 ms", origin: `http://127.0.0.1:${PORT}`, next: () => ({ method: "GET", path: "/api/incidents/metrics", headers: auth }), check: (r) => r.p95 < 100 },
    // Where the time goes: the framework with one trivial query, and token authentication alone.
    { name: "(reference) health: no sign-in, SELECT 1", origin: `http://127.0.0.1:${PORT}`, next: () => ({ method: "GET", path: "/api/health" }) },
    { name: "(reference) me: token authentication only", origin: `http://127.0.0.1:${PORT}`, next: () => ({ method: "GET", path: "/api/me", headers: auth }) },
  ];
  const scenarios = allScenarios.filter((s) => !ONLY || ONLY.some((o) => s.name.startsWith(o) || s.name.startsWith(`(reference) ${o}`)));

  console.log(`\nNeuron Ops benchmark — ${Number(counts.all).toLocaleString("en")} incidents (${Number(counts.open).toLocaleString("en")} open), ${CONNECTIONS} concurrent clients, ${SECONDS} s per scenario, on this machine\n`);
  const rows: string[][] = [];
  const results: Record<string, LoadResult> = {};
  for (const s of scenarios) {
    const r = await runLoad(s.origin, s.next, { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: 2 });
    results[s.name] = r;
    const verdict = s.check ? (s.check(r) ? "✓ " : "✗ ") + s.target : "";
    rows.push([s.name, r.p50.toFixed(1), r.p95.toFixed(1), r.p99.toFixed(1), r.rps.toFixed(0), String(r.errors), verdict]);
    if (r.errors) console.log(`  (${s.name}: first error ${r.firstError})`);
  }
  const queue = results["queue: 50 most urgent open incidents"];
  const floorResult = results["queue floor: node:http + pg, no framework"];
  if (!queue || !floorResult) process.exit(0);
  const header = ["scenario", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "target"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ") + " |";
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
  const ratio = queue.rps / floorResult.rps;
  console.log(`\nQueue throughput is ${(ratio * 100).toFixed(0)} % of the plain-pg floor (target ≥ 33 %): ${ratio >= 1 / 3 ? "✓" : "✗"}`);
} finally {
  // Leave the data set as it was: the incidents the create scenario reported would otherwise pile up
  // as open incidents run after run, and slow the queue and the compliance figures of the next one.
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const removed = await sql.query("DELETE FROM incidents WHERE description = 'Created by npm run bench'");
  await rebuildDailyStats(sql, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await sql.end();
  if (removed.rowCount) console.log(`(removed the ${removed.rowCount} incidents the create scenario reported)`);
  await cleanup();
  process.exit(0);
}
