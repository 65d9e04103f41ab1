// `npm run drill [-- --short]`: the crash drill. Concurrent clients report incidents with Idempotency-Keys
// against the built portal on its own embedded PostgreSQL while the drill kills the portal with SIGKILL
// and restarts it, then kills PostgreSQL with SIGKILL and restarts it. Every client retries what was
// not acknowledged with the same key, as a well-behaved client does. At the end it checks, and prints:
// every acknowledged report is present, no key made two incidents, no half-written report (an incident
// without its timeline event or audit record, or the reverse), every key row names what it made, the
// audit chain verifies, writes during the database outage were answered 503 with Retry-After (never
// another 5xx), and a backup restores and verifies (timed). Exits 1 when any check fails.
// --short (used by `npm test`) runs a few seconds per phase; DRILL_WRITERS and DRILL_PHASE_SECONDS
// change the defaults; DRILL_PORT and DRILL_PG_PORT (default 3190, 54390) its ports.
import type { ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  chmodSync,
  createReadStream,
  createWriteStream,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres, ensureDatabase, type EmbeddedDatabase } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { generateTokenSecret } from "../lib/tokens/token-secret";
import { readAuditChain } from "./lib/audit-chain";
import { MIGRATIONS_DIR } from "./lib/database";
import { formatDuration } from "./lib/format";
import { buildNext, isBuildStale, startNext, waitForHealthy } from "./lib/next-server";

const { values } = parseArgs({ options: { short: { type: "boolean", default: false } } });
const SHORT = values.short;
const WRITERS = Number(process.env.DRILL_WRITERS ?? (SHORT ? 6 : 16));
const PHASE_MS = Number(process.env.DRILL_PHASE_SECONDS ?? (SHORT ? 3 : 15)) * 1000;
const PORT = Number(process.env.DRILL_PORT ?? 3190);
const PG_PORT = Number(process.env.DRILL_PG_PORT ?? 54390);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TITLE = "Drill report";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------
// Processes: the portal (and anything it started) and PostgreSQL are killed with SIGKILL, no goodbye.

function descendants(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry), ...descendants(Number(entry)));
    } catch {
      // exited meanwhile
    }
  }
  return children;
}

function killTree(pid: number) {
  for (const p of [pid, ...descendants(pid)]) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "neuron-ops-drill-"));
chmodSync(dir, 0o755);
const dataDir = path.join(dir, "data");
const secret = randomBytes(32).toString("base64url");
// What is running, for the cleanup at the end whatever happened.
const running: { database?: EmbeddedDatabase; server?: ChildProcess } = {};

async function startDatabase() {
  // After a SIGKILL the old server's backends may hold its shared memory for a moment: retry.
  for (let attempt = 1; ; attempt++) {
    try {
      running.database = await startEmbeddedPostgres({
        dataDir,
        port: PG_PORT,
        database: "neuron_drill",
        quiet: true,
      });
      return running.database;
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(500);
    }
  }
}

async function startPortal(database: EmbeddedDatabase) {
  running.server = startNext(
    PORT,
    {
      ...process.env,
      HOST: "127.0.0.1",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: ORIGIN,
      LOG_LEVEL: "error",
    },
    true,
  );
  await waitForHealthy(ORIGIN, 90_000);
}

// ---------------------------------------------------------------------------------------------------
// Clients: each reports incidents one after another; whatever was not acknowledged is sent again with
// the same key and body until it is.

type Job = { key: string; title: string; body: string };
const acknowledged = new Map<string, string>(); // idempotency key → incident key
const statuses = new Map<string, number>(); // "201", "503", "network", …
let replayed = 0;
let retries = 0;
let outageAnswers = 0;
let outageWithoutRetryAfter = 0;
let databaseDown = false;
let accepting = true;
let sequence = 0;

function note(label: string) {
  statuses.set(label, (statuses.get(label) ?? 0) + 1);
}

async function send(token: string, job: Job): Promise<boolean> {
  try {
    const res = await fetch(`${ORIGIN}/api/incidents`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "idempotency-key": job.key,
      },
      body: job.body,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    note(String(res.status));
    if (databaseDown && res.status >= 500) {
      outageAnswers++;
      if (res.status === 503 && !res.headers.get("retry-after")) outageWithoutRetryAfter++;
    }
    if (res.status === 201) {
      if (res.headers.get("idempotent-replayed") === "true") replayed++;
      acknowledged.set(job.key, (JSON.parse(text) as { key: string }).key);
      return true;
    }
    if (res.status < 500 && res.status !== 409 && res.status !== 429)
      throw new Error(`The portal refused a drill report: ${res.status} ${text.slice(0, 300)}`);
    return false;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("The portal refused")) throw error;
    note("no answer");
    return false;
  }
}

async function writer(token: string, deadline: () => number) {
  while (accepting) {
    const n = ++sequence;
    const title = `${TITLE} ${n} ${randomUUID().slice(0, 8)}`;
    const severity = (["P1", "P2", "P3", "P4"] as const)[n % 4];
    const job: Job = {
      key: randomUUID(),
      title,
      body: JSON.stringify({
        title,
        description: "Written during the crash drill",
        severity,
        impact: "DEGRADED",
        affectedServices: [],
      }),
    };
    while (!(await send(token, job))) {
      if (performance.now() > deadline())
        throw new Error(`A report was still not acknowledged when the drill ended (key ${job.key})`);
      retries++;
      await sleep(250);
    }
  }
}

// ---------------------------------------------------------------------------------------------------

function table(rows: [string, string | number, string?][]) {
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [label, value, verdict] of rows)
    console.log(`  ${label.padEnd(width)}  ${String(value).padStart(9)}${verdict ? `  ${verdict}` : ""}`);
}

async function main() {
  const t0 = performance.now();
  console.log(
    `Crash drill${SHORT ? " (short)" : ""}: ${WRITERS} clients, ${PHASE_MS / 1000} s per phase, portal on ${ORIGIN}, PostgreSQL on ${PG_PORT}`,
  );
  if (isBuildStale()) {
    await buildNext(process.env);
  }
  let database = await startDatabase();
  await applyMigrations(database.url, MIGRATIONS_DIR);

  // The drill's own reporter and token, written directly: the drill does not depend on demo data.
  const { secret: token, hash, prefix } = generateTokenSecret();
  const setup = new pg.Client({ connectionString: database.url });
  await setup.connect();
  const user = await setup.query<{ id: string }>(
    `INSERT INTO users (id, email, name, password_hash, roles, updated_at) VALUES (gen_random_uuid(), 'drill@neuron.test', 'Drill Reporter', 'x', '{ENGINEER}', now()) RETURNING id`,
  );
  await setup.query(
    `INSERT INTO api_tokens (id, user_id, name, token_hash, prefix) VALUES (gen_random_uuid(), $1, 'crash drill', $2, $3)`,
    [user.rows[0]!.id, hash, prefix],
  );
  await setup.end();

  await startPortal(database);
  console.log(`  ready in ${formatDuration(performance.now() - t0)}`);

  let deadline = Infinity;
  const writers = Promise.all(Array.from({ length: WRITERS }, () => writer(token, () => deadline)));
  const failed = writers.then(
    () => null,
    (error: unknown) => error,
  );

  await sleep(PHASE_MS);
  const beforeServerKill = acknowledged.size;
  killTree(running.server!.pid!);
  const serverKilledAt = performance.now();
  await sleep(500);
  await startPortal(database);
  const serverDown = performance.now() - serverKilledAt;
  console.log(
    `  portal killed (SIGKILL) after ${beforeServerKill} acknowledged reports; back in ${formatDuration(serverDown)}`,
  );

  await sleep(PHASE_MS);
  const beforeDbKill = acknowledged.size;
  const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  databaseDown = true;
  killTree(postmaster);
  const dbKilledAt = performance.now();
  await sleep(Math.min(PHASE_MS, 3000)); // writes keep arriving while PostgreSQL is away
  const health = await fetch(`${ORIGIN}/api/health`)
    .then((r) => r.status)
    .catch(() => 0);
  database = await startDatabase();
  databaseDown = false;
  const dbDown = performance.now() - dbKilledAt;
  console.log(
    `  PostgreSQL killed (SIGKILL) after ${beforeDbKill} acknowledged reports; health said ${health} while it was down; back in ${formatDuration(dbDown)}`,
  );

  await sleep(PHASE_MS);
  accepting = false;
  deadline = performance.now() + 60_000;
  const writerError = await failed;
  await writers.catch(() => {});
  if (writerError)
    throw writerError instanceof Error
      ? writerError
      : new Error("A drill client failed", { cause: writerError });

  // ---- checks, on the database directly ----
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const incidents = (
    await client.query<{ key: string; title: string; events: string; audits: string }>(`
    SELECT i.key, i.title,
      (SELECT count(*) FROM incident_events e WHERE e.incident_id = i.id AND e.kind = 'CREATED') AS events,
      (SELECT count(*) FROM audit_log a WHERE a.entity_type = 'incident' AND a.entity_id = i.key AND a.action = 'incident.create') AS audits
    FROM incidents i WHERE i.title LIKE '${TITLE} %'`)
  ).rows;
  const orphanAudits = Number(
    (
      await client.query<{ n: string }>(`
    SELECT count(*) AS n FROM audit_log a WHERE a.action = 'incident.create' AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.key = a.entity_id)`)
    ).rows[0]!.n,
  );
  const keys = (
    await client.query<{ entity_id: string | null; response_status: number | null }>(`
    SELECT k.entity_id, k.response_status FROM idempotency_keys k JOIN users u ON u.id = k.user_id WHERE u.email = 'drill@neuron.test'`)
  ).rows;
  const present = new Set(incidents.map((i) => i.key));
  const byTitle = new Map<string, number>();
  for (const i of incidents) byTitle.set(i.title, (byTitle.get(i.title) ?? 0) + 1);
  const duplicates = [...byTitle.values()].filter((n) => n > 1).length;
  const missing = [...acknowledged.values()].filter((k) => !present.has(k)).length;
  const halfWritten =
    incidents.filter((i) => Number(i.events) !== 1 || Number(i.audits) !== 1).length + orphanAudits;
  const keysWithoutOutcome = keys.filter(
    (k) => k.response_status === null || !k.entity_id || !present.has(k.entity_id),
  ).length;
  const chain = await readAuditChain(client);
  await client.end();

  // ---- backup and restore of what the drill left, timed ----
  const { dump, restore } = await import("../lib/continuity/backup");
  const file = path.join(dir, "drill.nopsbak.gz");
  await dump(database.url, createWriteStream(file));
  await ensureDatabase(database.adminUrl, "neuron_drill_restore");
  const restored = await restore(
    database.url.replace(/\/neuron_drill$/, "/neuron_drill_restore"),
    createReadStream(file),
    { migrationsDir: MIGRATIONS_DIR },
  );

  const otherServerErrors = [...statuses.entries()]
    .filter(([s]) => /^5\d\d$/.test(s) && s !== "503")
    .reduce((sum, [, n]) => sum + n, 0);
  const ok = (good: boolean) => (good ? "ok" : "FAILED");
  const checks: [string, string | number, string?][] = [
    ["reports acknowledged", acknowledged.size],
    ["requests sent", [...statuses.values()].reduce((a, b) => a + b, 0)],
    ["retries with the same key", retries],
    ["retries answered by replay", replayed],
    [
      "answers by status",
      [...statuses.entries()]
        .sort()
        .map(([s, n]) => `${s}:${n}`)
        .join(" "),
    ],
    ["acknowledged but missing", missing, ok(missing === 0)],
    ["keys that made two incidents", duplicates, ok(duplicates === 0)],
    ["half-written reports", halfWritten, ok(halfWritten === 0)],
    ["key rows without their outcome", keysWithoutOutcome, ok(keysWithoutOutcome === 0)],
    ["5xx other than 503", otherServerErrors, ok(otherServerErrors === 0)],
    ["503 without Retry-After (DB down)", outageWithoutRetryAfter, ok(outageWithoutRetryAfter === 0)],
    ["answers while PostgreSQL was down", outageAnswers],
    ["health while PostgreSQL was down", health, ok(health === 503 || health === 0)],
    ["audit records verified", chain.verdict.checked, ok(chain.verdict.ok)],
    ["portal back after SIGKILL", formatDuration(serverDown)],
    ["PostgreSQL back after SIGKILL", formatDuration(dbDown)],
    ["restore (verified) took", formatDuration(restored.durationMs), ok(restored.ok)],
  ];
  console.log("\nCrash drill results");
  table(checks);
  const failures = checks.filter((c) => c[2] === "FAILED");
  console.log(
    failures.length
      ? `\n${failures.length} check(s) FAILED.`
      : `\nAll checks passed in ${formatDuration(performance.now() - t0)}.`,
  );
  return failures.length === 0;
}

let code = 1;
try {
  code = (await main()) ? 0 : 1;
} catch (error) {
  console.error("The drill could not finish:", error);
} finally {
  if (running.server?.pid) killTree(running.server.pid);
  await running.database?.stop().catch(() => {});
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
