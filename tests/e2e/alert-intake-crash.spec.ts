// Kill -9 of the portal while the real Alertmanager is sending to it: Alertmanager retries what was not
// acknowledged (it keeps no record of an unsuccessful send and sends the group again), the portal
// processes what it recorded before the crash when it starts again, and in the end every alert is in one
// incident per group, none twice. Its own PostgreSQL, portal instance and Alertmanager, on their own ports.
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type pg from "pg";
import { queryOnce, waitUntil } from "./process-helpers";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded-postgres";
import { generateIntegrationSecret } from "../../lib/alerts/secrets";
import { ROOT } from "../../scripts/lib/database";
import { signalInstance, startInstance, stopInstance } from "../../scripts/lib/multi-instance";

const PORTS = {
  portal: Number(process.env.ALERT_CRASH_PORT ?? 3176),
  pg: Number(process.env.ALERT_CRASH_PG_PORT ?? 54376),
  alertmanager: Number(process.env.ALERT_CRASH_AM_PORT ?? 39093),
};
const GROUPS = 12;
const ALERTS_PER_GROUP = 5;

test.describe.configure({ mode: "serial" });

let dir = "";
let database: EmbeddedDatabase | null = null;
let portal: ChildProcess | null = null;
let alertmanager: ChildProcess | null = null;
const output: string[] = [];
let failedSends = 0; // Alertmanager's "Notify ... failed" lines: sends the crash cut off, retried later
const note = (line: string) => {
  output.push(line);
  if (output.length > 200) output.shift();
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const waitFor = (what: string, check: () => Promise<boolean>, ms: number) =>
  waitUntil(what, check, ms, () => output.slice(-40).join("\n"));
const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
  queryOnce<T>(database!.url, text, values);

const env = () => ({
  ...process.env,
  DATABASE_URL: database!.url,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: `http://127.0.0.1:${PORTS.portal}`,
  LOG_LEVEL: "warn",
  DB_POOL_SIZE: "8",
});

async function startPortal() {
  portal = startInstance(PORTS.portal, env(), (l) => note(`[portal] ${l}`));
  await waitFor(
    "the portal answering",
    async () => (await fetch(`http://127.0.0.1:${PORTS.portal}/api/health`)).ok,
    120_000,
  );
}

async function pushAlert(group: number, n: number) {
  const res = await fetch(`http://127.0.0.1:${PORTS.alertmanager}/api/v2/alerts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify([
      {
        labels: { alertname: "CrashTest", service: `svc-${group}`, instance: `i-${n}`, severity: "warning" },
        annotations: { summary: `Group ${group} alert ${n}` },
        startsAt: new Date(Date.now() - 60_000).toISOString(),
      },
    ]),
  });
  expect(res.status).toBe(200);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(path.join(tmpdir(), "neuron-alert-crash-"));
  chmodSync(dir, 0o755); // PostgreSQL runs as `postgres` when started by root
  database = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: PORTS.pg,
    database: "neuron_alert_crash",
    quiet: true,
  });
  await startPortal(); // migrates, as `npm start` does
  const secret = generateIntegrationSecret();
  const [integration] = await sql<{ id: string }>(
    `INSERT INTO integrations (id, name, kind, secret_hash, secret_prefix, services, severity_map, updated_at)
     VALUES (gen_random_uuid(), 'Crash test Alertmanager', 'ALERTMANAGER', $1, $2, '{}', '{"critical":"P1","warning":"P3"}', now())
     RETURNING id`,
    [secret.hash, secret.prefix],
  );
  writeFileSync(path.join(dir, "secret"), secret.secret);
  // The shipped receiver, pointed at this portal; short timings so retries come quickly.
  const config = readFileSync(path.join(ROOT, "monitoring/alertmanager/alertmanager.yml"), "utf8")
    .replace(
      "http://localhost:3000/api/integrations/INTEGRATION_ID/alertmanager",
      `http://127.0.0.1:${PORTS.portal}/api/integrations/${integration!.id}/alertmanager`,
    )
    .replace("/etc/alertmanager/neuron-secret", path.join(dir, "secret"))
    .replace(/group_wait: \S+/, "group_wait: 1s")
    .replace(/group_interval: \S+/, "group_interval: 2s");
  writeFileSync(path.join(dir, "alertmanager.yml"), config);
  alertmanager = spawn(
    process.env.ALERTMANAGER_BIN ?? "prometheus-alertmanager",
    [
      `--config.file=${path.join(dir, "alertmanager.yml")}`,
      `--storage.path=${path.join(dir, "am")}`,
      `--web.listen-address=127.0.0.1:${PORTS.alertmanager}`,
      "--cluster.listen-address=",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  alertmanager.stderr?.setEncoding("utf8").on("data", (s: string) => {
    failedSends += s.split("\n").filter((l) => /notify.*fail|failed.*notif/i.test(l)).length;
    note(`[am] ${s.trim()}`);
  });
  await waitFor(
    "Alertmanager ready",
    async () => (await fetch(`http://127.0.0.1:${PORTS.alertmanager}/-/ready`)).ok,
    30_000,
  );
});

test.afterAll(async () => {
  alertmanager?.kill("SIGTERM");
  if (portal) await stopInstance(portal);
  await database?.stop().catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("kill -9 of the portal while Alertmanager sends: every alert arrives, one incident per group, none twice", async () => {
  test.setTimeout(240_000);
  // Alerts keep coming; the portal dies in the middle and comes back a few seconds later.
  let killedAt = 0;
  for (let n = 0; n < ALERTS_PER_GROUP; n++) {
    for (let g = 0; g < GROUPS; g++) await pushAlert(g, n);
    if (n === 1) {
      await sleep(1500); // some groups are mid-send
      signalInstance(portal!, "SIGKILL");
      killedAt = Date.now();
      note("[test] portal killed");
    }
    if (n === 3) {
      await startPortal();
      note(`[test] portal back after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
    }
    await sleep(700);
  }
  await waitFor(
    `every alert in its group's incident (${GROUPS} × ${ALERTS_PER_GROUP})`,
    async () => {
      const rows = await sql<{ n: number; alerts: number }>(
        `SELECT count(*)::int AS n, COALESCE(min(alert_count), 0)::int AS alerts FROM incidents WHERE source = 'ALERT'`,
      );
      return rows[0]!.n === GROUPS && rows[0]!.alerts === ALERTS_PER_GROUP;
    },
    120_000,
  );
  const perGroup = await sql<{ group_key: string; incidents: number }>(
    `SELECT g.group_key, count(DISTINCT i.id)::int AS incidents
     FROM alert_groups g JOIN incidents i ON i.id = g.incident_id GROUP BY g.group_key`,
  );
  expect(perGroup).toHaveLength(GROUPS);
  expect(perGroup.every((g) => g.incidents === 1)).toBe(true);
  const total = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM incidents`);
  expect(total[0]!.n).toBe(GROUPS);
  const pending = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM alert_notifications WHERE state = 'PENDING'`,
  );
  expect(pending[0]!.n).toBe(0);
  const states = await sql<{ outcome: string; n: number }>(
    `SELECT split_part(outcome, ':', 1) AS outcome, count(*)::int AS n FROM alert_notifications GROUP BY 1 ORDER BY 1`,
  );
  console.log(
    `alert intake under kill -9: ${GROUPS} groups × ${ALERTS_PER_GROUP} alerts; Alertmanager logged ${failedSends} failed sends (retried); notifications by outcome: ${states.map((s) => `${s.outcome} ${s.n}`).join(", ")}`,
  );
});
