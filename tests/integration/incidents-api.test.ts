import { describe, expect, it } from "vitest";
import * as incidentRoute from "@/app/api/incidents/[key]/route";
import * as postmortemRoute from "@/app/api/incidents/[key]/postmortem/route";
import * as timelineRoute from "@/app/api/incidents/[key]/timeline/route";
import * as updatesRoute from "@/app/api/incidents/[key]/updates/route";
import * as incidentsRoute from "@/app/api/incidents/route";
import * as notificationsRoute from "@/app/api/notifications/route";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { db } from "@/lib/db";
import { call } from "../helpers/api";
import { createTestIncident, createTestService, createTestUser, unique } from "../factories";

type Json = Record<string, unknown>;
const patch = (token: string, key: string, body: Json) =>
  call(incidentRoute.PATCH, "PATCH", "", { token, params: { key }, body });
const get = async (token: string, key: string) =>
  (await call(incidentRoute.GET, "GET", "", { token, params: { key } })).json;

describe("reporting an incident", () => {
  it("gives it the next INC-<year>-<seq> key and the handbook's SLA clocks", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService({ tier: "CRITICAL" });
    const res = await call(incidentsRoute.POST, "POST", "/api/incidents", {
      token: engineer.token,
      body: {
        title: "Sign-in failing",
        description: "500s on /login",
        severity: "P2",
        affectedServices: [service.slug],
        impact: "OUTAGE",
      },
    });
    expect(res.status).toBe(201);
    const created = Date.parse(String(res.json.createdAt));
    expect(res.json).toMatchObject({
      severity: "P2",
      status: "OPEN",
      impact: "OUTAGE",
      affectedServices: [service.slug],
      reportedBy: { id: engineer.id },
      assignedTo: null,
      version: 1,
    });
    expect(String(res.json.key)).toMatch(new RegExp(`^INC-${new Date().getUTCFullYear()}-\\d{4,}$`));
    expect(Date.parse(String(res.json.responseDueAt)) - created).toBe(60 * 60_000);
    expect(Date.parse(String(res.json.resolutionDueAt)) - created).toBe(24 * 60 * 60_000);

    const next = await call(incidentsRoute.POST, "POST", "/api/incidents", {
      token: engineer.token,
      body: { title: "Second one", description: "x", severity: "P4" },
    });
    const seq = (k: unknown) => Number(String(k).split("-")[2]);
    expect(seq(next.json.key)).toBe(seq(res.json.key) + 1);
  });

  it("takes 20 reports at once (an outage): distinct keys, each with its timeline, audit record and a place in the metrics", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService();
    const tag = unique("burst");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(incidentsRoute.POST, "POST", "/api/incidents", {
          token: engineer.token,
          body: { title: `${tag} ${i}`, description: "x", severity: "P2", affectedServices: [service.slug] },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const keys = results.map((r) => String(r.json.key));
    expect(new Set(keys).size).toBe(20);
    const created = await db.incident.findMany({ where: { key: { in: keys } }, include: { events: true } });
    expect(created.map((c) => c.events.map((e) => e.kind))).toEqual(Array(20).fill(["CREATED"]));
    const audited = await db.auditLog.findMany({
      where: { action: "incident.create", entityId: { in: keys } },
      select: { entityId: true, after: true },
    });
    expect(audited.map((a) => a.entityId).sort()).toEqual([...keys].sort());
    expect(audited.every((a) => (a.after as { key: string }).key === a.entityId)).toBe(true);
    expect(await verifyAuditLog()).toMatchObject({ ok: true });
    // The day's metrics rows (one per writing connection) add up to what the incidents say (one
    // statement, one snapshot: other test files report incidents meanwhile).
    const day = new Date().toISOString().slice(0, 10);
    const [counts] = await db.$queryRaw<{ stored: number; actual: number }[]>`
      SELECT (SELECT coalesce(sum(incidents), 0)::int FROM incident_daily_stats WHERE day = ${day}::date AND severity = 'P2') AS stored,
        (SELECT count(*)::int FROM incidents WHERE (created_at AT TIME ZONE 'UTC')::date = ${day}::date AND severity = 'P2') AS actual`;
    expect(counts!.stored).toBe(counts!.actual);
    expect(counts!.actual).toBeGreaterThanOrEqual(20);
  });

  it("refuses unknown services with 422 and creates nothing", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const title = unique("title");
    const res = await call(incidentsRoute.POST, "POST", "/api/incidents", {
      token: engineer.token,
      body: { title, description: "x", severity: "P3", affectedServices: ["no-such-svc"] },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([
      { path: "affectedServices", message: "Not in the service catalog: no-such-svc" },
    ]);
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });

  it("notifies every ops manager and executive at once for a P1, and nobody else", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const executive = await createTestUser(["EXECUTIVE"]);
    const bystander = await createTestUser(["CAB_MEMBER"]);
    const p1 = await createTestIncident(engineer, { severity: "P1", title: "Everything is down" });
    for (const user of [manager, executive]) {
      const bell = await call(notificationsRoute.GET, "GET", "/api/notifications", { token: user.token });
      expect((bell.json.items as Json[]).some((n) => String(n.title).includes(p1.key))).toBe(true);
    }
    const none = await call(notificationsRoute.GET, "GET", "/api/notifications", { token: bystander.token });
    expect((none.json.items as Json[]).some((n) => String(n.title).includes(p1.key))).toBe(false);
    const timeline = await call(timelineRoute.GET, "GET", "", {
      token: engineer.token,
      params: { key: p1.key },
    });
    expect((timeline.json.items as Json[]).map((e) => e.kind)).toEqual(["CREATED", "ESCALATED"]);
  });
});

describe("the incident lifecycle", () => {
  it("acknowledges (taking an unowned incident), resolves with a resolution, and closes after the post-mortem", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const incident = await createTestIncident(engineer, { severity: "P2" });

    const ack = await patch(engineer.token, incident.key, { version: 1, status: "IN_PROGRESS" });
    expect(ack.status).toBe(200);
    expect(ack.json).toMatchObject({
      status: "IN_PROGRESS",
      assignedTo: { id: engineer.id },
      version: 2,
      responseClock: "MET",
      stage: "INVESTIGATION",
    });
    expect(ack.json.acknowledgedAt).not.toBeNull();

    const noResolution = await patch(engineer.token, incident.key, { version: 2, status: "RESOLVED" });
    expect(noResolution.status).toBe(422);
    expect(noResolution.json.errors).toEqual([
      { path: "resolution", message: "Describe the resolution to resolve the incident" },
    ]);

    const resolved = await patch(engineer.token, incident.key, {
      version: 2,
      status: "RESOLVED",
      resolution: "Restarted the pool",
    });
    expect(resolved.json).toMatchObject({
      status: "RESOLVED",
      resolution: "Restarted the pool",
      resolutionClock: "MET",
    });

    const engineerClose = await patch(engineer.token, incident.key, { version: 3, status: "CLOSED" });
    expect(engineerClose.status).toBe(403);
    const noPostmortem = await patch(manager.token, incident.key, { version: 3, status: "CLOSED" });
    expect(noPostmortem.status).toBe(422);
    expect(noPostmortem.json.detail).toBe("A P2 incident needs its post-mortem before it can be closed");

    const pm = await call(postmortemRoute.PUT, "PUT", "", {
      token: engineer.token,
      params: { key: incident.key },
      body: {
        version: 3,
        rootCause: "Pool exhausted",
        resolution: "Restarted the pool",
        lessonsLearned: "Alert earlier",
        preventionMeasures: [
          { description: "Alert at 80 % pool use", ownerId: engineer.id, dueDate: "2030-03-31" },
        ],
      },
    });
    expect(pm.status).toBe(200);
    expect(pm.json).toMatchObject({ rootCause: "Pool exhausted", stage: "POST_MORTEM", version: 4 });
    expect(pm.json.preventionMeasures).toEqual([
      expect.objectContaining({
        description: "Alert at 80 % pool use",
        owner: { id: engineer.id, name: engineer.name },
        dueDate: "2030-03-31",
        status: "OPEN",
      }),
    ]);

    const closed = await patch(manager.token, incident.key, { version: 4, status: "CLOSED" });
    expect(closed.json).toMatchObject({ status: "CLOSED" });
    const afterClose = await patch(manager.token, incident.key, { version: 5, title: "Too late" });
    expect(afterClose.status).toBe(422);

    const timeline = await call(timelineRoute.GET, "GET", "", {
      token: engineer.token,
      params: { key: incident.key },
    });
    expect((timeline.json.items as Json[]).map((e) => e.summary)).toEqual([
      "Reported as P2",
      "Acknowledged",
      "Assigned to " + engineer.name,
      "Status In progress → Resolved",
      "Post-mortem written",
      "Status Resolved → Closed",
    ]);
  });

  it("refuses every transition the handbook does not allow", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const incident = await createTestIncident(engineer);
    expect(
      (await patch(engineer.token, incident.key, { version: 1, status: "RESOLVED", resolution: "x" })).status,
    ).toBe(422);
    const closeOpen = await patch(manager.token, incident.key, { version: 1, status: "CLOSED" });
    expect(closeOpen.status).toBe(422);
    expect(closeOpen.json.detail).toBe("An incident cannot go from Open to Closed (allowed: In progress)");
    await patch(engineer.token, incident.key, { version: 1, status: "IN_PROGRESS" });
    expect((await patch(engineer.token, incident.key, { version: 2, status: "OPEN" })).status).toBe(422);
    await patch(engineer.token, incident.key, { version: 2, status: "RESOLVED", resolution: "Done" });
    const reopened = await patch(engineer.token, incident.key, { version: 3, status: "IN_PROGRESS" });
    expect(reopened.json).toMatchObject({ status: "IN_PROGRESS", resolvedAt: null });
  });

  it("recomputes both clocks from the start when the severity changes, on the timeline", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const incident = await createTestIncident(engineer, { severity: "P4" });
    const res = await patch(engineer.token, incident.key, { version: 1, severity: "P1" });
    const created = Date.parse(incident.createdAt);
    expect(Date.parse(String(res.json.responseDueAt)) - created).toBe(15 * 60_000);
    expect(Date.parse(String(res.json.resolutionDueAt)) - created).toBe(4 * 60 * 60_000);
    const timeline = await call(timelineRoute.GET, "GET", "", {
      token: engineer.token,
      params: { key: incident.key },
    });
    expect((timeline.json.items as Json[]).map((e) => e.summary)).toContain(
      "Severity P4 → P1; SLA clocks recomputed",
    );
  });

  it("gives the second of two people editing the same version a 409, and keeps the first change", async () => {
    const a = await createTestUser(["ENGINEER"]);
    const b = await createTestUser(["OPS_MANAGER"]);
    const incident = await createTestIncident(a);
    const [first, second] = await Promise.all([
      patch(a.token, incident.key, { version: 1, severity: "P2" }),
      patch(b.token, incident.key, { version: 1, severity: "P4" }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = first.status === 200 ? "P2" : "P4";
    expect(await get(a.token, incident.key)).toMatchObject({ severity: winner, version: 2 });
  });

  it("lets engineers take incidents but only ops managers assign them to others", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const other = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const incident = await createTestIncident(engineer);
    expect((await patch(engineer.token, incident.key, { version: 1, assignedTo: other.id })).status).toBe(
      403,
    );
    expect(
      (await patch(engineer.token, incident.key, { version: 1, assignedTo: engineer.id })).json,
    ).toMatchObject({ assignedTo: { id: engineer.id } });
    expect(
      (await patch(manager.token, incident.key, { version: 2, assignedTo: other.id })).json,
    ).toMatchObject({ assignedTo: { id: other.id } });
  });
});

describe("post-mortem revisions", () => {
  it("keep a measure sent with its id (and its status), add new ones, and drop open ones left out", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const incident = await createTestIncident(engineer, { severity: "P3" });
    await patch(engineer.token, incident.key, { version: 1, status: "IN_PROGRESS" });
    await patch(engineer.token, incident.key, { version: 2, status: "RESOLVED", resolution: "Fixed" });
    const put = (body: Json) =>
      call(postmortemRoute.PUT, "PUT", "", {
        token: engineer.token,
        params: { key: incident.key },
        body: { rootCause: "x", resolution: "Fixed", ...body },
      });
    const first = await put({
      preventionMeasures: [
        { description: "Keep me", ownerId: engineer.id, dueDate: "2030-01-01" },
        { description: "Drop me", ownerId: engineer.id, dueDate: "2030-01-02" },
      ],
    });
    const [keep] = first.json.preventionMeasures as Json[];
    await db.postmortemActionItem.update({
      where: { id: String(keep!.id) },
      data: { status: "IN_PROGRESS" },
    });
    const second = await put({
      preventionMeasures: [
        { id: keep!.id, description: "Keep me, reworded", ownerId: engineer.id, dueDate: "2030-02-01" },
        { description: "New one", ownerId: engineer.id, dueDate: "2030-03-01" },
      ],
    });
    expect(second.status).toBe(200);
    const measures = (second.json.preventionMeasures as Json[]).map((m) => [
      m.description,
      m.status,
      m.id === keep!.id,
    ]);
    expect(measures).toEqual([
      ["Keep me, reworded", "IN_PROGRESS", true],
      ["New one", "OPEN", false],
    ]);
  });

  it("lets an engineer hand back an incident they hold", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const incident = await createTestIncident(engineer);
    await patch(engineer.token, incident.key, { version: 1, assignedTo: engineer.id });
    const back = await patch(engineer.token, incident.key, { version: 2, assignedTo: null });
    expect(back.status).toBe(200);
    expect(back.json.assignedTo).toBeNull();
  });
});

describe("the triage queue", () => {
  it("puts a fresh P1 above a P4 that breached days ago, and within a severity the breached one first", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService();
    const oldP4 = await createTestIncident(
      engineer,
      { severity: "P4", affectedServices: [service.slug] },
      new Date(Date.now() - 4 * 24 * 3_600_000),
    );
    const freshP3 = await createTestIncident(engineer, { severity: "P3", affectedServices: [service.slug] });
    const breachedP3 = await createTestIncident(
      engineer,
      { severity: "P3", affectedServices: [service.slug] },
      new Date(Date.now() - 5 * 3_600_000),
    );
    const freshP1 = await createTestIncident(engineer, { severity: "P1", affectedServices: [service.slug] });
    const queue = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { service: service.slug },
    });
    expect(queue.json.items!.map((i) => [i.key, i.responseClock])).toEqual([
      [freshP1.key, "RUNNING"],
      [breachedP3.key, "BREACHED"],
      [freshP3.key, "RUNNING"],
      [oldP4.key, "BREACHED"],
    ]);
  });

  it("orders open incidents by SLA urgency, filters, searches and pages", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService();
    const base = Date.now() - 10 * 60_000;
    const p4 = await createTestIncident(
      engineer,
      { severity: "P4", affectedServices: [service.slug], title: "Typo on invoice page" },
      new Date(base),
    );
    const p1 = await createTestIncident(
      engineer,
      { severity: "P1", affectedServices: [service.slug], title: "Database cluster unreachable" },
      new Date(base + 60_000),
    );
    const p2 = await createTestIncident(
      engineer,
      { severity: "P2", affectedServices: [service.slug], title: "Search latency above target" },
      new Date(base + 120_000),
    );
    const queue = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { service: service.slug },
    });
    expect(queue.json.items!.map((i) => i.key)).toEqual([p1.key, p2.key, p4.key]);

    const p1only = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { service: service.slug, severity: "P1,P2" },
    });
    expect(p1only.json.items!.map((i) => i.key)).toEqual([p1.key, p2.key]);
    const search = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { q: "cluster unreachable" },
    });
    expect(search.json.items!.map((i) => i.key)).toContain(p1.key);
    expect(search.json.items!.map((i) => i.key)).not.toContain(p4.key);

    const page1 = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { service: service.slug, limit: "2" },
    });
    const page2 = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { service: service.slug, limit: "2", cursor: String(page1.json.nextCursor) },
    });
    expect([...page1.json.items!, ...page2.json.items!].map((i) => i.key)).toEqual([p1.key, p2.key, p4.key]);

    await patch(engineer.token, p2.key, { version: 1, status: "IN_PROGRESS" });
    const mine = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { service: service.slug, assignee: "me" },
    });
    expect(mine.json.items!.map((i) => i.key)).toEqual([p2.key]);
    const history = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { service: service.slug, status: "OPEN,IN_PROGRESS,RESOLVED,CLOSED", sort: "newest" },
    });
    expect(history.json.items!.map((i) => i.key)).toEqual([p2.key, p1.key, p4.key]);

    const csv = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { service: service.slug, format: "csv" },
    });
    expect(csv.text.split("\n")[0]).toContain("key,title,severity,status");
    expect(csv.text).toContain(p1.key);
  });

  it("limits a list to incidents reported in a period [from, to), as dashboard figures link to it", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService();
    const at = (iso: string) => new Date(iso);
    const september = await createTestIncident(
      engineer,
      { severity: "P2", affectedServices: [service.slug] },
      at("2026-09-30T23:59:59.999Z"),
    );
    const octoberFirst = await createTestIncident(
      engineer,
      { severity: "P2", affectedServices: [service.slug] },
      at("2026-10-01T00:00:00.000Z"),
    );
    const octoberLast = await createTestIncident(
      engineer,
      { severity: "P3", affectedServices: [service.slug] },
      at("2026-10-31T23:59:59.999Z"),
    );
    const november = await createTestIncident(
      engineer,
      { severity: "P2", affectedServices: [service.slug] },
      at("2026-11-01T00:00:00.000Z"),
    );
    const list = async (query: Record<string, string>) =>
      call(incidentsRoute.GET, "GET", "/api/incidents", {
        token: engineer.token,
        query: {
          service: service.slug,
          status: "OPEN,IN_PROGRESS,RESOLVED,CLOSED",
          sort: "newest",
          ...query,
        },
      });
    const october = { from: "2026-10-01T00:00:00.000Z", to: "2026-11-01T00:00:00.000Z" };
    expect((await list(october)).json.items!.map((i) => i.key)).toEqual([octoberLast.key, octoberFirst.key]);
    expect((await list({ ...october, severity: "P2" })).json.items!.map((i) => i.key)).toEqual([
      octoberFirst.key,
    ]);
    expect((await list({ from: october.to })).json.items!.map((i) => i.key)).toEqual([november.key]);
    expect((await list({ to: october.from })).json.items!.map((i) => i.key)).toEqual([september.key]);
    // The open queue (by urgency) takes the same period.
    const queue = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token: engineer.token,
      query: { service: service.slug, ...october },
    });
    expect(queue.json.items!.map((i) => i.key)).toEqual([octoberFirst.key, octoberLast.key]);

    const backwards = await list({ from: october.to, to: october.from });
    expect(backwards.status).toBe(422);
    expect(backwards.json.errors).toEqual([{ path: "query.to", message: "Must be after `from`" }]);
    expect((await list({ from: "yesterday" })).status).toBe(422);
  });
});

describe("communication updates", () => {
  it("render the handbook template, set the next update due, and show as overdue once it passes", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService({ name: "Case Management" });
    const incident = await createTestIncident(engineer, { severity: "P1", affectedServices: [service.slug] });
    const nextUpdateAt = new Date(Date.now() + 30 * 60_000).toISOString();
    const res = await call(updatesRoute.POST, "POST", "", {
      token: engineer.token,
      params: { key: incident.key },
      body: {
        impact: "Users unable to log in",
        currentActions: ["Investigating auth failures", "Failing over"],
        nextUpdateAt,
      },
    });
    expect(res.status).toBe(201);
    const markdown = String(res.json.markdown);
    expect(markdown).toContain(`**Incident ID**: ${incident.key}`);
    expect(markdown).toContain("**Severity**: P1 - Critical");
    expect(markdown).toContain(`**Affected Services**: ${service.slug}`);
    expect(markdown).toContain("- Failing over");
    expect(markdown).toContain("**Workaround**: None available at this time");
    const after = await get(engineer.token, incident.key);
    expect(after.nextUpdateDueAt).toBe(new Date(nextUpdateAt).toISOString());
    expect(after.updateOverdue).toBe(false);

    await db.incident.update({
      where: { key: incident.key },
      data: { nextUpdateDueAt: new Date(Date.now() - 60_000) },
    });
    expect((await get(engineer.token, incident.key)).updateOverdue).toBe(true);
  });
});
