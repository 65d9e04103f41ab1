// Alert intake end to end through the route handlers on a real PostgreSQL: integrations, Alertmanager
// grouping, dedup, auto-resolve and reopen, the Events API v2 semantics, heartbeats, storms, and the
// answers that must never lose an alert (bad payloads are 4xx and logged, never 5xx).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import * as alertmanagerRoute from "@/app/api/integrations/[id]/alertmanager/route";
import * as eventsRoute from "@/app/api/integrations/[id]/events/route";
import * as heartbeatRoute from "@/app/api/integrations/[id]/heartbeat/route";
import * as logRoute from "@/app/api/integrations/[id]/notifications/route";
import * as integrationRoute from "@/app/api/integrations/[id]/route";
import * as integrationsRoute from "@/app/api/integrations/route";
import * as alertsRoute from "@/app/api/incidents/[key]/alerts/route";
import * as incidentRoute from "@/app/api/incidents/[key]/route";
import * as suspectsRoute from "@/app/api/incidents/[key]/suspect-changes/route";
import { drainPendingNotifications, sweepHeartbeats } from "@/lib/alerts/process";
import { beginRequest } from "@/lib/jobs/request-pressure";
import { db } from "@/lib/db";
import { settleNotifications } from "../helpers/alerts";
import { call } from "../helpers/api";
import { createTestChange, createTestService, createTestUser, unique } from "../factories";

type User = Awaited<ReturnType<typeof createTestUser>>;
type Json = Record<string, unknown>;
let manager: User;
let engineer: User;
let service: string;

async function newIntegration(body: Json) {
  const res = await call(integrationsRoute.POST, "POST", "/api/integrations", {
    token: manager.token,
    body: { name: unique("int"), services: [service], ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.json as Json & { id: string; secret: string; version: number };
}

const alert = (name: string, status: "firing" | "resolved", extra: Json = {}) => ({
  status,
  labels: { alertname: name, severity: "critical", instance: "api-1", ...((extra.labels as Json) ?? {}) },
  annotations: { summary: "High error rate detected", description: "Error rate is 0.4 errors per second" },
  startsAt: "2026-12-07T10:00:00Z",
  endsAt: status === "resolved" ? "2026-12-07T10:30:00Z" : "0001-01-01T00:00:00Z",
  generatorURL: "http://prometheus:9090/graph?g0.expr=rate",
  fingerprint: (extra.fingerprint as string) ?? `${name}-api-1`,
});

function notification(groupKey: string, status: "firing" | "resolved", alerts: Json[], extra: Json = {}) {
  return {
    receiver: "neuron-ops",
    status,
    alerts,
    groupLabels: { alertname: "HighErrorRate" },
    commonLabels: { alertname: "HighErrorRate", severity: "critical" },
    commonAnnotations: { summary: "High error rate detected" },
    externalURL: "http://alertmanager:9093",
    version: "4",
    groupKey,
    truncatedAlerts: 0,
    notification_reason: "new_alerts", // a field newer Alertmanagers add: ignored
    ...extra,
  };
}

const postAlertmanager = (i: { id: string; secret: string }, body: unknown, secret = i.secret) =>
  call(alertmanagerRoute.POST, "POST", `/api/integrations/${i.id}/alertmanager`, {
    token: secret,
    params: { id: i.id },
    rawBody: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });

const postEvent = (i: { id: string; secret: string }, body: Json) =>
  call(eventsRoute.POST, "POST", `/api/integrations/${i.id}/events`, {
    params: { id: i.id },
    body: { routing_key: i.secret, ...body },
  });

const incidentsOf = (integrationId: string) =>
  db.incident.findMany({ where: { integrationId }, orderBy: { createdAt: "asc" } });
const timeline = (incidentId: string) =>
  db.incidentEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  manager = await createTestUser(["OPS_MANAGER"]);
  engineer = await createTestUser(["ENGINEER"]);
  service = (await createTestService()).slug;
});

describe("integrations", () => {
  it("a manager creates one and sees its secret once; reads never show it", async () => {
    const created = await newIntegration({ kind: "ALERTMANAGER" });
    expect(created.secret).toMatch(/^nint_/);
    expect(created.url).toBe(`/api/integrations/${created.id}/alertmanager`);
    const read = await call(integrationRoute.GET, "GET", "", {
      token: engineer.token,
      params: { id: created.id },
    });
    expect(read.status).toBe(200);
    expect(read.json.secret).toBeUndefined();
    expect(JSON.stringify(read.json)).not.toContain(created.secret);
    const stored = await db.integration.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.secretHash).not.toContain(created.secret);
  });

  it("an engineer cannot create one; a HEARTBEAT needs its interval", async () => {
    const denied = await call(integrationsRoute.POST, "POST", "/api/integrations", {
      token: engineer.token,
      body: { name: unique("int"), kind: "EVENTS" },
    });
    expect(denied.status).toBe(403);
    const bad = await call(integrationsRoute.POST, "POST", "/api/integrations", {
      token: manager.token,
      body: { name: unique("int"), kind: "HEARTBEAT" },
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toContain("heartbeatMinutes");
  });

  it("rotating the secret returns a new one; the old one keeps working during the grace period", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    const rotated = await call(integrationRoute.PATCH, "PATCH", "", {
      token: manager.token,
      params: { id: i.id },
      body: { version: i.version, rotateSecret: true },
    });
    expect(rotated.status).toBe(200);
    const fresh = rotated.json.secret as string;
    expect(fresh).not.toBe(i.secret);
    const body = notification(unique("g"), "firing", [alert("Rotation", "firing")]);
    expect((await postAlertmanager(i, body, i.secret)).status).toBe(200);
    expect((await postAlertmanager(i, body, fresh)).status).toBe(200);
    await db.integration.update({
      where: { id: i.id },
      data: { previousSecretExpiresAt: new Date(Date.now() - 1) },
    });
    expect((await postAlertmanager(i, body, i.secret)).status).toBe(401);
    // A stale version is refused.
    const stale = await call(integrationRoute.PATCH, "PATCH", "", {
      token: manager.token,
      params: { id: i.id },
      body: { version: i.version, paused: true },
    });
    expect(stale.status).toBe(409);
  });
});

describe("Alertmanager", () => {
  it("one group is one incident: opened, updated without new incidents, resolved when the alerts end", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    const group = '{}/{}:{alertname="HighErrorRate"}';
    const first = await postAlertmanager(
      i,
      notification(group, "firing", [alert("HighErrorRate", "firing")]),
    );
    expect(first.status).toBe(200);
    await settleNotifications();
    let [incident] = await incidentsOf(i.id);
    expect(incident).toMatchObject({
      source: "ALERT",
      severity: "P1",
      status: "OPEN",
      reportedById: null,
      alertCount: 1,
      fireCount: 1,
      affectedServices: [service],
      title: "HighErrorRate: High error rate detected",
    });
    expect(incident!.description).toContain("http://prometheus:9090/graph");

    // A second alert joins the group; then Alertmanager re-sends the same group (no news).
    const two = [
      alert("HighErrorRate", "firing"),
      alert("HighErrorRate", "firing", { fingerprint: "api-2" }),
    ];
    await postAlertmanager(i, notification(group, "firing", two));
    await settleNotifications();
    const resend = notification(group, "firing", two, { notification_reason: "repeat" });
    await postAlertmanager(i, resend);
    await settleNotifications();
    const incidents = await incidentsOf(i.id);
    expect(incidents).toHaveLength(1);
    incident = incidents[0];
    expect(incident).toMatchObject({ alertCount: 2, fireCount: 3 });
    const alertEvents = (await timeline(incident!.id)).filter((e) => e.kind === "ALERTS");
    expect(alertEvents.map((e) => e.summary)).toEqual(["1 alert firing: api-2"]);

    // The API shows it as an alert incident with its counts and its alerts.
    const api = await call(incidentRoute.GET, "GET", "", {
      token: engineer.token,
      params: { key: incident!.key },
    });
    expect(api.json).toMatchObject({ source: "ALERT", alertCount: 2, fireCount: 3, reportedBy: null });
    expect((api.json.integration as Json).name).toBe(i.name);
    const alerts = await call(alertsRoute.GET, "GET", "", {
      token: engineer.token,
      params: { key: incident!.key },
    });
    expect(alerts.json.items).toHaveLength(1);
    expect((alerts.json.items![0]!.alerts as unknown[]).length).toBe(2);

    // The whole group resolves.
    await postAlertmanager(
      i,
      notification(group, "resolved", [
        alert("HighErrorRate", "resolved"),
        alert("HighErrorRate", "resolved", { fingerprint: "api-2" }),
      ]),
    );
    await settleNotifications();
    const resolved = await db.incident.findUniqueOrThrow({ where: { id: incident!.id } });
    expect(resolved.status).toBe("RESOLVED");
    expect(resolved.resolution).toContain("all alerts of the group ended");
    expect((await incidentsOf(i.id)).length).toBe(1);
  });

  it("a retried notification (same body) is processed once", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    const body = JSON.stringify(notification(unique("g"), "firing", [alert("Retry", "firing")]));
    await postAlertmanager(i, body);
    await postAlertmanager(i, body);
    await settleNotifications();
    const [incident] = await incidentsOf(i.id);
    expect(incident!.fireCount).toBe(1);
    const log = await call(logRoute.GET, "GET", "", { token: engineer.token, params: { id: i.id } });
    expect((log.json.items as { outcome: string }[]).map((n) => n.outcome.split(":")[0])).toEqual([
      "duplicate",
      "open",
    ]);
  });

  it("flapping: a group firing again within the reopen window reopens its incident; later, a new one", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER", reopenWindowMinutes: 30 });
    const group = unique("flap");
    const fire = (startsAt: string) =>
      postAlertmanager(i, notification(group, "firing", [{ ...alert("Flap", "firing"), startsAt }]));
    await fire("2026-12-07T10:00:00Z");
    await settleNotifications();
    await postAlertmanager(i, notification(group, "resolved", [alert("Flap", "resolved")]));
    await settleNotifications();
    await fire("2026-12-07T10:40:00Z");
    await settleNotifications();
    let incidents = await incidentsOf(i.id);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.status).toBe("IN_PROGRESS");
    expect((await timeline(incidents[0]!.id)).map((e) => e.summary)).toContainEqual(
      expect.stringMatching(/^Reopened: fired again/),
    );
    // Resolved again, then the window passes (moved back in time here): a new incident.
    await postAlertmanager(i, notification(group, "resolved", [alert("Flap", "resolved")]));
    await settleNotifications();
    const longAgo = new Date(Date.now() - 31 * 60_000);
    await db.incident.update({ where: { id: incidents[0]!.id }, data: { resolvedAt: longAgo } });
    await db.alertGroup.updateMany({ where: { integrationId: i.id }, data: { resolvedAt: longAgo } });
    await fire("2026-12-07T12:00:00Z");
    await settleNotifications();
    incidents = await incidentsOf(i.id);
    expect(incidents.map((x) => x.status)).toEqual(["RESOLVED", "OPEN"]);
  });

  it("an incident a person took over is not resolved by the alerts ending", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    const group = unique("taken");
    await postAlertmanager(i, notification(group, "firing", [alert("Taken", "firing")]));
    await settleNotifications();
    const [incident] = await incidentsOf(i.id);
    const ack = await call(incidentRoute.PATCH, "PATCH", "", {
      token: engineer.token,
      params: { key: incident!.key },
      body: { version: incident!.version, status: "IN_PROGRESS" },
    });
    expect(ack.status, ack.text).toBe(200);
    await postAlertmanager(i, notification(group, "resolved", [alert("Taken", "resolved")]));
    await settleNotifications();
    const after = await db.incident.findUniqueOrThrow({ where: { id: incident!.id } });
    expect(after.status).toBe("IN_PROGRESS");
    expect((await timeline(incident!.id)).map((e) => e.summary)).toContain(
      "The alerts ended; a person is handling the incident, so it stays open",
    );
  });

  it("routing rules pick the service and severity; the handbook's warning label is P3", async () => {
    const other = (await createTestService()).slug;
    const i = await newIntegration({
      kind: "ALERTMANAGER",
      rules: [{ matchers: [{ label: "team", op: "=", value: "payments" }], service: other, severity: "P2" }],
    });
    await postAlertmanager(
      i,
      notification(unique("g"), "firing", [alert("Slow", "firing")], {
        commonLabels: { alertname: "HighResponseTime", severity: "warning" },
      }),
    );
    await postAlertmanager(
      i,
      notification(unique("g"), "firing", [alert("Pay", "firing")], {
        commonLabels: { alertname: "HighErrorRate", severity: "critical", team: "payments" },
      }),
    );
    await settleNotifications();
    const incidents = await incidentsOf(i.id);
    expect(incidents.map((x) => [x.severity, x.affectedServices])).toEqual([
      ["P3", [service]],
      ["P2", [other]],
    ]);
  });

  it("a storm of 1,000 alerts across 20 groups makes 20 incidents with every alert counted", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    const posts: Promise<{ status: number }>[] = [];
    for (let g = 0; g < 20; g++) {
      for (let n = 0; n < 5; n++) {
        const alerts = Array.from({ length: 10 }, (_, a) =>
          alert(`Storm${g}`, "firing", { fingerprint: `storm-${g}-${n}-${a}` }),
        );
        posts.push(postAlertmanager(i, notification(`storm-${g}`, "firing", alerts)));
      }
    }
    const answers = await Promise.all(posts);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    await settleNotifications();
    const incidents = await incidentsOf(i.id);
    expect(incidents).toHaveLength(20);
    expect(incidents.every((x) => x.alertCount === 50 && x.fireCount === 5)).toBe(true);
  });

  it("while notifications keep arriving, every group's incident opens before any group's backlog is worked off", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    // Recorded as the intake records them (group by group: 3 notifications each), not yet processed.
    for (let g = 0; g < 5; g++)
      for (let n = 0; n < 3; n++) {
        const body = notification(`busy-${g}`, "firing", [
          alert(`Busy${g}`, "firing", { fingerprint: `busy-${g}-${n}` }),
        ]);
        await db.$executeRaw`INSERT INTO alert_notifications (integration_id, received_at, state, body, group_key, body_hash)
          VALUES (${i.id}::uuid, now(), 'PENDING', ${JSON.stringify(body)}::jsonb, ${`busy-${g}`}, ${`busy-${g}-${n}`})`;
      }
    // A request in flight all along (as a burst of intake requests would be).
    const answered = beginRequest();
    try {
      await drainPendingNotifications();
    } finally {
      answered();
    }
    const processed = await db.alertNotification.findMany({
      where: { integrationId: i.id },
      orderBy: { processedAt: "asc" },
    });
    expect(processed.every((n) => n.state === "PROCESSED")).toBe(true);
    expect(new Set(processed.slice(0, 5).map((n) => n.groupKey)).size).toBe(5);
    const incidents = await incidentsOf(i.id);
    expect(incidents.map((x) => x.fireCount)).toEqual([3, 3, 3, 3, 3]);
  });

  it("a paused integration records and acknowledges but opens nothing", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER", paused: true });
    const res = await postAlertmanager(i, notification(unique("g"), "firing", [alert("Paused", "firing")]));
    expect(res.status).toBe(200);
    await settleNotifications();
    expect(await incidentsOf(i.id)).toHaveLength(0);
    expect(await db.alertNotification.count({ where: { integrationId: i.id, state: "IGNORED" } })).toBe(1);
  });
});

describe("answers that never lose an alert", () => {
  it("a wrong secret is 401 and a security event; it opens nothing", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    const res = await postAlertmanager(i, notification("g", "firing", [alert("X", "firing")]), "nint_wrong");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const events = await db.securityEvent.findMany({ where: { source: "neuron-ops alert intake" } });
    expect(events.some((e) => e.summary.includes(i.name as string))).toBe(true);
    expect(await db.alertNotification.count({ where: { integrationId: i.id } })).toBe(0);
  });

  it("a malformed payload is 400 naming the field, and kept in the integration's log", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    const bad = notification("g", "firing", [{ ...alert("X", "firing"), status: "burning" }]);
    const res = await postAlertmanager(i, bad);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toContain("alerts.0.status");
    const notJson = await postAlertmanager(i, "{not json");
    expect(notJson.status).toBe(400);
    const log = await call(logRoute.GET, "GET", "", { token: engineer.token, params: { id: i.id } });
    expect(log.json.items!.map((n) => n.state)).toEqual(["REJECTED", "REJECTED"]);
    expect(log.json.items![0]!.body).toBe("{not json");
    expect(log.json.items![1]!.error).toContain("alerts.0.status");
  });

  it("over 512 KB is 413; an unknown integration is 404", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    const huge = JSON.stringify(
      notification("g", "firing", [{ ...alert("X", "firing"), annotations: { x: "y".repeat(600_000) } }]),
    );
    expect((await postAlertmanager(i, huge)).status).toBe(413);
    const missing = { id: "00000000-0000-4000-8000-000000000000", secret: i.secret };
    expect((await postAlertmanager(missing, notification("g", "firing", []))).status).toBe(404);
  });

  it("no body, however malformed, gets a 5xx", async () => {
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    const e = await newIntegration({ kind: "EVENTS" });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ unit: "binary" }),
          fc
            .record({
              version: fc.constant("4"),
              groupKey: fc.string(),
              status: fc.string(),
              alerts: fc.anything(),
            })
            .map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          const a = await postAlertmanager(i, text);
          const b = await call(eventsRoute.POST, "POST", "", {
            token: e.secret,
            params: { id: e.id },
            rawBody: text,
          });
          expect(a.status).toBeLessThan(500);
          expect(b.status).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    await settleNotifications();
  });
});

describe("Events API v2", () => {
  it("trigger, dedup, acknowledge, resolve, and a trigger after resolve opens a new incident", async () => {
    const i = await newIntegration({ kind: "EVENTS" });
    const trigger = {
      event_action: "trigger",
      dedup_key: "disk-full-db1",
      payload: { summary: "Disk full on db1", source: "db1", severity: "error" },
    };
    const first = await postEvent(i, trigger);
    expect(first.status).toBe(202);
    expect(first.json).toEqual({ status: "success", message: "Event processed", dedup_key: "disk-full-db1" });
    await postEvent(i, trigger);
    await settleNotifications();
    let incidents = await incidentsOf(i.id);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ severity: "P2", title: "Disk full on db1", status: "OPEN" });
    await postEvent(i, { event_action: "acknowledge", dedup_key: "disk-full-db1" });
    await settleNotifications();
    expect((await incidentsOf(i.id))[0]!.status).toBe("IN_PROGRESS");
    await postEvent(i, { event_action: "resolve", dedup_key: "disk-full-db1" });
    await settleNotifications();
    expect((await incidentsOf(i.id))[0]!.status).toBe("RESOLVED");
    await postEvent(i, trigger);
    await settleNotifications();
    incidents = await incidentsOf(i.id);
    expect(incidents.map((x) => x.status)).toEqual(["RESOLVED", "OPEN"]);
  });

  it("a trigger without a dedup_key gets one; an acknowledge without one is 400", async () => {
    const i = await newIntegration({ kind: "EVENTS" });
    const res = await postEvent(i, {
      event_action: "trigger",
      payload: { summary: "CPU high", source: "web1", severity: "warning" },
    });
    expect(res.status).toBe(202);
    expect(res.json.dedup_key).toMatch(/^[0-9a-f-]{36}$/);
    const ack = await postEvent(i, { event_action: "acknowledge" });
    expect(ack.status).toBe(400);
    expect(JSON.stringify(ack.json)).toContain("dedup_key");
  });
});

describe("heartbeats", () => {
  it("a missed heartbeat opens a P2; pings resuming resolve it; a restart loses nothing (state is in the database)", async () => {
    const i = await newIntegration({ kind: "HEARTBEAT", heartbeatMinutes: 5 });
    const ping = () => call(heartbeatRoute.POST, "POST", "", { token: i.secret, params: { id: i.id } });
    expect((await ping()).status).toBe(200);
    // Nothing is due yet.
    expect(await sweepHeartbeats(new Date(Date.now() + 5 * 60_000))).toBe(0);
    // Seven minutes later (5 + 1 min grace passed): missed, once.
    const later = new Date(Date.now() + 7 * 60_000);
    expect(await sweepHeartbeats(later)).toBe(1);
    expect(await sweepHeartbeats(later)).toBe(0);
    await settleNotifications();
    const [incident] = await incidentsOf(i.id);
    expect(incident).toMatchObject({
      severity: "P2",
      status: "OPEN",
      title: `Heartbeat missed: ${String(i.name)}`,
    });
    expect((await ping()).status).toBe(200);
    await settleNotifications();
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident!.id } })).status).toBe("RESOLVED");
  });
});

describe("suspect changes", () => {
  it("a change implemented on the incident's service shortly before is ranked with its reason", async () => {
    const change = await createTestChange(manager, { services: [service] });
    const started = new Date(Date.now() - 2 * 3_600_000);
    await db.change.update({ where: { id: change.id }, data: { status: "COMPLETED" } });
    await db.changeEvent.createMany({
      data: [
        {
          changeId: change.id,
          actorName: "t",
          kind: "STATUS_CHANGED",
          summary: "s",
          data: { to: "IMPLEMENTING" },
          at: started,
        },
        {
          changeId: change.id,
          actorName: "t",
          kind: "STATUS_CHANGED",
          summary: "s",
          data: { to: "COMPLETED" },
          at: new Date(Date.now() - 3_600_000),
        },
      ],
    });
    const i = await newIntegration({ kind: "ALERTMANAGER" });
    await postAlertmanager(i, notification(unique("g"), "firing", [alert("After", "firing")]));
    await settleNotifications();
    const [incident] = await incidentsOf(i.id);
    const res = await call(suspectsRoute.GET, "GET", "", {
      token: engineer.token,
      params: { key: incident!.key },
    });
    expect(res.status).toBe(200);
    const items = res.json.items as { change: { key: string }; reason: string }[];
    expect(items[0]!.change.key).toBe(change.key);
    expect(items[0]!.reason).toMatch(/^Changed .*; ended 1 h before the incident started/);
  });
});
