// Kill -9 of the portal during a burst of webhook deliveries: after it starts again every message is
// delivered at least once, and a message delivered twice carries the same webhook-id both times (the
// receiver can deduplicate). The receivers verify every signature with the Standard Webhooks reference
// library. Its own PostgreSQL and portal instance, on their own ports.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type pg from "pg";
import { Webhook } from "standardwebhooks";
import { queryOnce, waitUntil } from "./process-helpers";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded-postgres";
import { sealSecret } from "../../lib/notify/secret-box";
import { generateWebhookSecret } from "../../lib/notify/standard-webhooks";
import { signalInstance, startInstance, stopInstance } from "../../scripts/lib/multi-instance";
import type { ChildProcess } from "node:child_process";

const PORTS = {
  portal: Number(process.env.DELIVERY_CRASH_PORT ?? 3177),
  pg: Number(process.env.DELIVERY_CRASH_PG_PORT ?? 54377),
};
const EVENTS = 120;
const SUBSCRIPTIONS = 2;

test.describe.configure({ mode: "serial" });

let dir = "";
let database: EmbeddedDatabase | null = null;
let portal: ChildProcess | null = null;
let receiver: http.Server | null = null;
const output: string[] = [];
const note = (line: string) => {
  output.push(line);
  if (output.length > 200) output.shift();
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const waitFor = (what: string, check: () => Promise<boolean>, ms: number) =>
  waitUntil(what, check, ms, () => output.slice(-40).join("\n"));
const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
  queryOnce<T>(database!.url, text, values);

const notifyKey = randomBytes(32);
const secrets = Array.from({ length: SUBSCRIPTIONS }, () => generateWebhookSecret());
/** What the receivers got: per subscription and event number, every webhook-id seen. */
const seen = new Map<string, Set<string>>();
let received = 0;
let unverified = 0;

const env = () => ({
  ...process.env,
  DATABASE_URL: database!.url,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: `http://127.0.0.1:${PORTS.portal}`,
  NOTIFY_SECRET_KEY: notifyKey.toString("base64"),
  OUTBOUND_ALLOWLIST: "localhost",
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

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(path.join(tmpdir(), "neuron-delivery-crash-"));
  chmodSync(dir, 0o755); // PostgreSQL runs as `postgres` when started by root
  database = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: PORTS.pg,
    database: "neuron_delivery_crash",
    quiet: true,
  });
  // Slow receivers (80 ms an answer) so the burst is still going when the portal dies.
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const sub = Number(req.url?.slice(1));
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      try {
        new Webhook(secrets[sub]!).verify(body, headers);
      } catch {
        unverified += 1;
      }
      const n = (JSON.parse(body) as { data: { n: number } }).data.n;
      const key = `${sub}:${n}`;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(headers["webhook-id"]!);
      received += 1;
      setTimeout(() => res.writeHead(200).end("ok"), 80);
    });
  });
  await new Promise<void>((r) => receiver!.listen(0, "127.0.0.1", r));
  const port = (receiver.address() as AddressInfo).port;
  await startPortal(); // migrates, as `npm start` does
  for (let s = 0; s < SUBSCRIPTIONS; s++) {
    const id = crypto.randomUUID();
    await sql(
      `INSERT INTO webhook_subscriptions (id, name, url, events, secret_encrypted, updated_at)
       VALUES ($1, $2, $3, '{incident.created}', $4, now())`,
      [id, `Receiver ${s}`, `http://localhost:${port}/${s}`, sealSecret(notifyKey, secrets[s]!, id)],
    );
  }
});

test.afterAll(async () => {
  if (portal) await stopInstance(portal);
  receiver?.close();
  await database?.stop().catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("kill -9 of the portal during a burst of deliveries: every message arrives, duplicates keep their id", async () => {
  test.setTimeout(300_000);
  // The burst: events written as the portal writes them, fanned out to both subscriptions.
  await sql(
    `INSERT INTO webhook_events (id, type, data, created_at)
     SELECT 'msg_crash_' || n, 'incident.created', jsonb_build_object('n', n), now() FROM generate_series(1, $1) n`,
    [EVENTS],
  );
  const total = EVENTS * SUBSCRIPTIONS;
  await waitFor("a third of the burst delivered", () => Promise.resolve(received >= total / 3), 60_000);
  signalInstance(portal!, "SIGKILL");
  const killedAt = Date.now();
  const before = received;
  note(`[test] portal killed after ${before} deliveries`);
  await sleep(1000);
  await startPortal();
  note(`[test] portal back after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
  await waitFor(
    `all ${total} deliveries delivered`,
    async () => {
      const [row] = await sql<{ delivered: number }>(
        `SELECT count(*) FILTER (WHERE status = 'DELIVERED')::int AS delivered FROM notification_deliveries`,
      );
      return row!.delivered === total;
    },
    200_000,
  );
  // Every message reached its receiver; each (subscription, event) always under one id.
  expect(seen.size).toBe(total);
  const ids = await sql<{ id: string }>(`SELECT id FROM notification_deliveries`);
  expect(ids).toHaveLength(total);
  const known = new Set(ids.map((r) => r.id));
  for (const idsSeen of seen.values()) {
    expect(idsSeen.size).toBe(1);
    expect(known.has([...idsSeen][0]!)).toBe(true);
  }
  expect(unverified).toBe(0);
  console.log(
    `deliveries under kill -9: ${total} messages, ${received} requests received (${received - total} duplicates, each with its message's id), killed after ${before}`,
  );
});
