// The real Prometheus Alertmanager (Debian's prometheus-alertmanager) sending to the portal's intake
// handler over HTTP, configured with the shipped monitoring/alertmanager/alertmanager.yml (only the URL,
// the secret file and the timings changed for a test). Alerts are pushed into Alertmanager through its
// own API; the test checks what the portal made of them: one incident per group, updates, auto-resolve
// when the alerts end, and a reopen when the group fires again (flapping). Then the real Prometheus
// (Debian's prometheus) evaluates a copy of the shipped rules (monitoring/prometheus/rules.yml, with
// short windows) on metrics from prom-client, and its HighErrorRate alert reaches the portal through
// the same Alertmanager.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { Counter, Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as alertmanagerRoute from "@/app/api/integrations/[id]/alertmanager/route";
import { createIntegration } from "@/lib/alerts/integrations";
import { drainPendingNotifications } from "@/lib/alerts/process";
import { db } from "@/lib/db";
import { createTestService, createTestUser } from "../factories";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BINARY = process.env.ALERTMANAGER_BIN ?? "prometheus-alertmanager";
const PROMETHEUS = process.env.PROMETHEUS_BIN ?? "prometheus";

let portal: Server;
let alertmanager: ChildProcess;
let prometheus: ChildProcess | undefined;
let exporter: Server | undefined;
let amUrl = "";
let dir = "";
let integrationId = "";
const received: number[] = [];
const amLog: string[] = [];

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** The portal's intake route on a real HTTP port: Alertmanager speaks HTTP to the real handler. */
async function startPortal(): Promise<number> {
  portal = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const match = /^\/api\/integrations\/([^/]+)\/alertmanager$/.exec(req.url ?? "");
        if (!match || req.method !== "POST") {
          res.writeHead(404).end();
          return;
        }
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
        const request = new NextRequest(new URL(req.url!, "http://127.0.0.1"), {
          method: "POST",
          headers,
          body: Buffer.concat(chunks),
        });
        const answer = await alertmanagerRoute.POST(request, { params: Promise.resolve({ id: match[1]! }) });
        received.push(answer.status);
        res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "text/plain" });
        res.end(await answer.text());
      })();
    });
  });
  await new Promise<void>((r) => portal.listen(0, "127.0.0.1", r));
  return (portal.address() as AddressInfo).port;
}

async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    await drainPendingNotifications();
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}; portal answers ${received.join(",")}\n${amLog.slice(-20).join("")}`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function pushAlerts(alerts: { labels: Record<string, string>; endsAt?: string }[]) {
  const res = await fetch(`${amUrl}/api/v2/alerts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(
      alerts.map((a) => ({
        labels: { alertname: "HighErrorRate", severity: "critical", ...a.labels },
        annotations: {
          summary: "High error rate detected",
          description: "Error rate is 0.4 errors per second",
        },
        generatorURL: "http://prometheus.test/graph?g0.expr=rate",
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        ...(a.endsAt ? { endsAt: a.endsAt } : {}),
      })),
    ),
  });
  expect(res.status).toBe(200);
}

const incidents = () => db.incident.findMany({ where: { integrationId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  const manager = await createTestUser(["OPS_MANAGER"]);
  const service = (await createTestService()).slug;
  const integration = await createIntegration(
    { ...manager, via: "token" },
    {
      name: `Real Alertmanager ${Date.now()}`,
      kind: "ALERTMANAGER",
      services: [service],
      rules: [],
      severityMap: { critical: "P1", warning: "P3" },
      autoResolve: true,
      paused: false,
      reopenWindowMinutes: 30,
      heartbeatSeverity: "P2",
    },
  );
  integrationId = integration.id;
  const portalPort = await startPortal();
  dir = await mkdtemp(path.join(tmpdir(), "neuron-am-"));
  await writeFile(path.join(dir, "secret"), integration.secret);
  // The shipped file, pointed at this portal and this integration, with test timings.
  const shipped = await readFile(path.join(ROOT, "monitoring/alertmanager/alertmanager.yml"), "utf8");
  const config = shipped
    .replace(
      "http://localhost:3000/api/integrations/INTEGRATION_ID/alertmanager",
      `http://127.0.0.1:${portalPort}/api/integrations/${integration.id}/alertmanager`,
    )
    .replace("/etc/alertmanager/neuron-secret", path.join(dir, "secret"))
    .replace(/group_wait: \S+/, "group_wait: 1s")
    .replace(/group_interval: \S+/, "group_interval: 1s");
  expect(config).toContain(integration.id);
  await writeFile(path.join(dir, "alertmanager.yml"), config);
  const amPort = await freePort();
  amUrl = `http://127.0.0.1:${amPort}`;
  alertmanager = spawn(
    BINARY,
    [
      `--config.file=${path.join(dir, "alertmanager.yml")}`,
      `--storage.path=${path.join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${amPort}`,
      "--cluster.listen-address=",
      "--log.level=debug",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  alertmanager.stdout?.setEncoding("utf8").on("data", (s: string) => amLog.push(s));
  alertmanager.stderr?.setEncoding("utf8").on("data", (s: string) => amLog.push(s));
  await until(
    "Alertmanager to be ready",
    async () => (await fetch(`${amUrl}/-/ready`).catch(() => null))?.ok ?? false,
  );
}, 60_000);

afterAll(async () => {
  prometheus?.kill("SIGTERM");
  await new Promise((r) => (exporter ? exporter.close(r) : r(undefined)));
  alertmanager?.kill("SIGTERM");
  await new Promise((r) => portal?.close(r));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the real Alertmanager into the portal", () => {
  it("one incident per group, updated as alerts join, resolved when they end, reopened when it flaps", async () => {
    await pushAlerts([{ labels: { service: "api", instance: "api-1" } }]);
    const [opened] = await until("the first incident", async () => {
      const list = await incidents();
      return list.length ? list : null;
    });
    expect(opened).toMatchObject({ source: "ALERT", severity: "P1", status: "OPEN", alertCount: 1 });
    expect(opened!.title).toBe("HighErrorRate: High error rate detected");

    // A second alert of the same group (group_by alertname, service) and one of another group.
    await pushAlerts([
      { labels: { service: "api", instance: "api-1" } },
      { labels: { service: "api", instance: "api-2" } },
      { labels: { service: "db", instance: "db-1" } },
    ]);
    await until("the group to hold two alerts and the other group its own incident", async () => {
      const list = await incidents();
      return list.length === 2 && list.find((i) => i.id === opened!.id)!.alertCount === 2 ? list : null;
    });

    // The api group's alerts end: Alertmanager sends "resolved", the incident resolves itself.
    const ended = new Date(Date.now() - 1000).toISOString();
    await pushAlerts([
      { labels: { service: "api", instance: "api-1" }, endsAt: ended },
      { labels: { service: "api", instance: "api-2" }, endsAt: ended },
    ]);
    const resolved = await until("the api incident to resolve", async () => {
      const i = await db.incident.findUniqueOrThrow({ where: { id: opened!.id } });
      return i.status === "RESOLVED" ? i : null;
    });
    expect(resolved.resolution).toContain("all alerts of the group ended");

    // It fires again within the reopen window: the same incident reopens, no new one.
    await pushAlerts([{ labels: { service: "api", instance: "api-1" } }]);
    await until("the api incident to reopen", async () => {
      const i = await db.incident.findUniqueOrThrow({ where: { id: opened!.id } });
      return i.status === "IN_PROGRESS" ? i : null;
    });
    expect(await incidents()).toHaveLength(2);
    expect(received.every((s) => s === 200)).toBe(true);
  }, 90_000);

  it("the real Prometheus fires the handbook's HighErrorRate rule through Alertmanager into an incident", async () => {
    // The application's metrics, written by prom-client (the library the portal's /api/metrics uses).
    const registry = new Registry();
    const requests = new Counter({
      name: "http_requests_total",
      help: "requests",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    });
    const failing = setInterval(
      () => requests.inc({ method: "GET", route: "/api/x", status: "500" }, 5),
      100,
    );
    exporter = createServer((_req, res) => {
      void registry
        .metrics()
        .then((text) => res.writeHead(200, { "content-type": registry.contentType }).end(text));
    });
    await new Promise<void>((r) => exporter!.listen(0, "127.0.0.1", r));
    const exporterPort = (exporter.address() as AddressInfo).port;
    // The shipped rules with test windows: 5m → 10s, `for` 5m/10m → 0s.
    const rules = (await readFile(path.join(ROOT, "monitoring/prometheus/rules.yml"), "utf8"))
      .replaceAll("[5m]", "[10s]")
      .replace(/for: \S+/g, "for: 0s");
    expect(rules).toContain("alert: HighErrorRate");
    await writeFile(path.join(dir, "rules.yml"), rules);
    await writeFile(
      path.join(dir, "prometheus.yml"),
      [
        "global: { scrape_interval: 1s, evaluation_interval: 1s }",
        "rule_files: [rules.yml]",
        `alerting: { alertmanagers: [ { static_configs: [ { targets: ["${amUrl.replace("http://", "")}"] } ] } ] }`,
        `scrape_configs: [ { job_name: app, static_configs: [ { targets: ["127.0.0.1:${exporterPort}"] } ] } ]`,
      ].join("\n"),
    );
    const promPort = await freePort();
    prometheus = spawn(
      PROMETHEUS,
      [
        `--config.file=${path.join(dir, "prometheus.yml")}`,
        `--storage.tsdb.path=${path.join(dir, "tsdb")}`,
        `--web.listen-address=127.0.0.1:${promPort}`,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    prometheus.stderr?.setEncoding("utf8").on("data", (s: string) => amLog.push(s));
    try {
      const incident = await until(
        "Prometheus' HighErrorRate incident",
        () =>
          db.incident.findFirst({
            where: {
              integrationId,
              title: "HighErrorRate: High error rate detected",
              description: { contains: "job=app" },
            },
          }),
        60_000,
      );
      expect(incident).toMatchObject({ source: "ALERT", severity: "P1" });
    } finally {
      clearInterval(failing);
    }
  }, 90_000);
});
