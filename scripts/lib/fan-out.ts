// The fan-out bench (issue 16): one P1 reported through the API reaches 200 team webhook subscribers and
// the e-mail of every ops manager and executive (50 bench people plus the data set's own), sent by a
// portal instance running its job queue to receivers on this machine (a node:http server and the
// smtp-server library). Measured: the time until every message arrived, deliveries per second, and the
// p95 delay from the incident's report to each arrival; then the create p95 with and without those 200
// subscribers (delivery runs on the queue, never in the request). The floor is the same 200 signed POSTs
// and the same e-mails sent by a plain loop with the queue's concurrency: no database, no queue.
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import nodemailer from "nodemailer";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { sealSecret } from "../../lib/notify/secret-box";
import { generateWebhookSecret, signPayload } from "../../lib/notify/standard-webhooks";
import { runLoad } from "./load-runner";

const SUBSCRIBERS = Number(process.env.BENCH_FANOUT_WEBHOOKS ?? 200);
const RECIPIENTS = Number(process.env.BENCH_FANOUT_EMAILS ?? 50);
const FLOOR_CONCURRENCY = 25; // the delivery queue's batch

type Arrivals = { webhooks: number[]; emails: number[] };

async function receivers(arrivals: Arrivals) {
  const webhook = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      arrivals.webhooks.push(Date.now());
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => webhook.listen(0, "127.0.0.1", r));
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () => {
        arrivals.emails.push(Date.now());
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  return {
    webhookPort: (webhook.address() as AddressInfo).port,
    smtpPort: (smtp.server.address() as AddressInfo).port,
    close: () =>
      Promise.all([
        new Promise<void>((r) => webhook.close(() => r())),
        new Promise<void>((r) => smtp.close(() => r())),
      ]),
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
};

async function waitFor(check: () => boolean, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export type FanOutOptions = {
  env: NodeJS.ProcessEnv;
  databaseUrl: string;
  port: number;
  token: string;
  startPortal: (port: number, env: NodeJS.ProcessEnv) => Promise<{ stop: () => Promise<void> }>;
};

export async function measureFanOut(options: FanOutOptions) {
  const arrivals: Arrivals = { webhooks: [], emails: [] };
  const rx = await receivers(arrivals);
  const sql = new pg.Client({ connectionString: options.databaseUrl });
  await sql.connect();
  const key = randomBytes(32);
  const tag = `fanout-${Date.now()}`;
  const people: string[] = [];
  let portal: { stop: () => Promise<void> } | null = null;
  try {
    // 200 subscribers to incident.escalated: a P1 is escalated at once (the handbook's matrix).
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const id = randomUUID();
      await sql.query(
        `INSERT INTO webhook_subscriptions (id, name, url, events, secret_encrypted, is_active, updated_at)
         VALUES ($1, $2, $3, '{incident.escalated}', $4, true, now())`,
        [
          id,
          `${tag} ${i}`,
          `http://localhost:${rx.webhookPort}/${i}`,
          sealSecret(key, generateWebhookSecret(), id),
        ],
      );
    }
    // 50 executives: a P1 notifies ops managers and executives at once (the handbook's matrix).
    for (let i = 0; i < RECIPIENTS; i++) {
      const id = randomUUID();
      people.push(id);
      await sql.query(
        `INSERT INTO users (id, email, name, password_hash, roles, updated_at)
         VALUES ($1, $2, $3, 'x', '{EXECUTIVE}', now())`,
        [id, `${tag}-${i}@bench.test`, `Bench executive ${i}`],
      );
    }
    const [{ n: expectedEmails }] = (
      await sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM users WHERE is_active AND roles && '{OPS_MANAGER,EXECUTIVE}'::"Role"[]`,
      )
    ).rows as [{ n: number }];

    const env = {
      ...options.env,
      JOBS_ENABLED: "true",
      SELF_MEASURE: "false",
      NOTIFY_SECRET_KEY: key.toString("base64"),
      SMTP_URL: `smtp://localhost:${rx.smtpPort}`,
      OUTBOUND_ALLOWLIST: "localhost",
    };
    portal = await options.startPortal(options.port, env);
    const origin = `http://127.0.0.1:${options.port}`;
    const create = (severity: string, i: number) => ({
      method: "POST" as const,
      path: "/api/incidents",
      headers: { authorization: `Bearer ${options.token}`, "content-type": "application/json" },
      body: JSON.stringify({
        title: `Fan-out bench ${i}`,
        description: "Created by npm run bench",
        severity,
        affectedServices: ["search"],
      }),
    });
    const createLoad = () =>
      runLoad(origin, (i) => create("P4", i), { connections: 20, seconds: 5, warmupSeconds: 1 });
    const reportP1 = async (i: number) => {
      const p1 = create("P1", i);
      const res = await fetch(`${origin}${p1.path}`, { method: "POST", headers: p1.headers, body: p1.body });
      if (res.status !== 201) throw new Error(`the P1 report answered ${res.status}`);
      return { answeredAt: Date.now(), incident: (await res.json()) as { key: string; createdAt: string } };
    };
    const allArrived = (what: string) =>
      waitFor(
        () => arrivals.webhooks.length >= SUBSCRIBERS && arrivals.emails.length >= expectedEmails,
        120_000,
        `${SUBSCRIBERS} webhooks and ${expectedEmails} e-mails arriving (${what})`,
      );
    const reset = () => {
      arrivals.webhooks.length = 0;
      arrivals.emails.length = 0;
    };

    // The measured report: one P1, the machine otherwise idle.
    reset();
    const { answeredAt, incident } = await reportP1(0);
    const commitAt = Date.parse(incident.createdAt);
    await allArrived("the measured P1");
    const all = [...arrivals.webhooks, ...arrivals.emails];
    const last = Math.max(...all);
    const first = Math.min(...all);
    const delays = all.map((t) => t - commitAt);
    const portalFigures = {
      messages: all.length,
      allDeliveredMs: last - commitAt,
      perSecond: all.length / ((last - first) / 1000 || 0.001),
      p50: percentile(delays, 50),
      p95: percentile(delays, 95),
      reportAnsweredMs: answeredAt - commitAt,
    };
    // Where the time went: event written → fanned out → first attempt, per stage (ms, p50 / max).
    const stages = (
      await sql.query<{ stage: string; p50: number; max: number }>(
        `WITH d AS (
           SELECT d.created_at AS queued, e.created_at AS event_at, a.started_at AS attempt_at
           FROM notification_deliveries d
           JOIN webhook_events e ON e.id = d.event_id
           JOIN notification_attempts a ON a.delivery_id = d.id AND a.attempt = 1
           WHERE e.data->'incident'->>'key' = $1)
         SELECT 'event → fanned out' AS stage,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM queued - event_at) * 1000)::int AS p50,
           max(extract(epoch FROM queued - event_at) * 1000)::int AS max FROM d
         UNION ALL
         SELECT 'fanned out → first attempt',
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM attempt_at - queued) * 1000)::int,
           max(extract(epoch FROM attempt_at - queued) * 1000)::int FROM d`,
        [incident.key],
      )
    ).rows;
    console.log(
      `  stages of the measured P1's webhooks: ${stages.map((r) => `${r.stage} p50 ${r.p50} ms, max ${r.max} ms`).join("; ")}`,
    );
    // Create p95 alone, then with the same fan-out going on: a P1 reported 1 s into the load.
    const without = await createLoad();
    reset();
    const [withSubscribers] = await Promise.all([
      createLoad(),
      new Promise((r) => setTimeout(r, 2000)).then(() => reportP1(1)),
    ]);
    await allArrived("the P1 during the create load");
    await portal.stop();
    portal = null;

    // The floor: the same messages from a plain loop, no database and no queue.
    arrivals.webhooks.length = 0;
    arrivals.emails.length = 0;
    const mail = nodemailer.createTransport({
      host: "localhost",
      port: rx.smtpPort,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: FLOOR_CONCURRENCY,
    });
    const secret = generateWebhookSecret();
    const body = JSON.stringify({
      type: "incident.created",
      timestamp: new Date().toISOString(),
      data: { incident: incident },
    });
    const jobs: (() => Promise<unknown>)[] = [
      ...Array.from(
        { length: SUBSCRIBERS },
        (_, i) => () =>
          fetch(`http://localhost:${rx.webhookPort}/${i}`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              ...signPayload({ id: `msg_floor_${i}`, timestamp: new Date(), body, secrets: [secret] }),
            },
            body,
          }).then((r) => r.arrayBuffer()),
      ),
      ...Array.from(
        { length: expectedEmails },
        (_, i) => () =>
          mail.sendMail({
            from: "bench@localhost",
            to: `floor-${i}@bench.test`,
            subject: `[P1] ${incident.key}`,
            text: "floor",
          }),
      ),
    ];
    const floorStart = performance.now();
    const startedAt = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: FLOOR_CONCURRENCY }, async () => {
        while (next < jobs.length) await jobs[next++]!();
      }),
    );
    const floorMs = performance.now() - floorStart;
    mail.close();
    const floorDelays = [...arrivals.webhooks, ...arrivals.emails].map((t) => t - startedAt);
    return {
      subscribers: SUBSCRIBERS,
      emails: expectedEmails,
      portal: portalFigures,
      floor: {
        allDeliveredMs: floorMs,
        perSecond: jobs.length / (floorMs / 1000),
        p95: percentile(floorDelays, 95),
      },
      createWithout: without,
      createWith: withSubscribers,
    };
  } finally {
    await portal?.stop().catch(() => undefined);
    await sql.query(
      `DELETE FROM notification_deliveries WHERE subscription_id IN (SELECT id FROM webhook_subscriptions WHERE name LIKE $1)`,
      [`${tag} %`],
    );
    await sql.query(`DELETE FROM webhook_subscriptions WHERE name LIKE $1`, [`${tag} %`]);
    await sql.query(`DELETE FROM notification_deliveries WHERE user_id = ANY($1::uuid[])`, [people]);
    await sql.query(`DELETE FROM notifications WHERE user_id = ANY($1::uuid[])`, [people]);
    await sql.query(`DELETE FROM users WHERE id = ANY($1::uuid[])`, [people]);
    await sql.query(`DELETE FROM webhook_events`);
    await sql.end();
    await rx.close();
  }
}
