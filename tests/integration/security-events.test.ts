import { describe, expect, it } from "vitest";
import * as escalateRoute from "@/app/api/security-events/[id]/escalate/route";
import * as eventRoute from "@/app/api/security-events/[id]/route";
import * as eventsRoute from "@/app/api/security-events/route";
import { db } from "@/lib/db";
import { call } from "../helpers/api";
import { sessionHeaders } from "../helpers/session";
import { createTestIncident, createTestUser, unique } from "../factories";

type Json = Record<string, unknown>;
type EventJson = Json & { id: string; version: number };

const record = (auth: { token?: string; headers?: Record<string, string> }, body: Json = {}) =>
  call(eventsRoute.POST, "POST", "/api/security-events", {
    ...auth,
    body: {
      type: "ANOMALY",
      severity: "HIGH",
      source: "siem",
      summary: `Odd traffic ${unique("evt")}`,
      ...body,
    },
  });
const list = (token: string, query: Record<string, string>) =>
  call(eventsRoute.GET, "GET", "/api/security-events", { token, query });
const triage = (token: string, id: string, body: Json) =>
  call(eventRoute.PATCH, "PATCH", `/api/security-events/${id}`, { token, params: { id }, body });
const escalate = (token: string, id: string, version: number) =>
  call(escalateRoute.POST, "POST", `/api/security-events/${id}/escalate`, {
    token,
    params: { id },
    body: { version },
  });
const ids = (items: Json[] | undefined) => (items ?? []).map((i) => i.id);

async function recorded(token: string, body: Json = {}): Promise<EventJson> {
  const res = await record({ token }, body);
  expect(res.status).toBe(201);
  return res.json as EventJson;
}

describe("recording security events", () => {
  it("accepts an event from a tool's API token, even an engineer's (201), linked to the account it names", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const victim = await createTestUser(["ENGINEER"]);
    const at = "2026-01-05T03:04:05.000Z";
    const res = await record(
      { token: engineer.token },
      {
        type: "LOGIN_ATTEMPT",
        severity: "MEDIUM",
        source: "vpn-gateway",
        summary: "Login from a new country",
        user: victim.email.toUpperCase(),
        details: { country: "XX" },
        at,
      },
    );
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      type: "LOGIN_ATTEMPT",
      severity: "MEDIUM",
      source: "vpn-gateway",
      user: victim.email,
      details: { country: "XX" },
      at,
      investigated: false,
      resolved: false,
      rule: null,
      incident: null,
      version: 1,
    });
    const row = await db.securityEvent.findUniqueOrThrow({ where: { id: String(res.json.id) } });
    expect(row).toMatchObject({ userId: victim.id, recordedById: engineer.id });
    expect(await db.auditLog.count({ where: { action: "security_event.create", entityId: row.id } })).toBe(1);
  });

  it("refuses a signed-in person without a security role in the portal (403), and accepts security", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const summary = unique("by-hand");
    const refused = await record({ headers: await sessionHeaders(engineer.id) }, { summary });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toBe(
      "Only security or an admin records security events in the portal; tools use an API token",
    );
    expect(await db.securityEvent.count({ where: { summary } })).toBe(0);

    const accepted = await record({ headers: await sessionHeaders(security.id) }, { summary });
    expect(accepted.status).toBe(201);
    expect(await db.securityEvent.count({ where: { summary } })).toBe(1);
  });

  it("refuses invalid events with 422", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const res = await record({ token: engineer.token }, { severity: "SEVERE", source: "" });
    expect(res.status).toBe(422);
    expect((res.json.errors as Json[]).map((e) => e.path).sort()).toEqual(["severity", "source"]);
  });
});

describe("the security queue", () => {
  it("filters by type, severity and investigated, and lists newest first", async () => {
    const security = await createTestUser(["SECURITY"]);
    const tag = unique("filter");
    const critical = await recorded(security.token, {
      type: "ANOMALY",
      severity: "CRITICAL",
      summary: `${tag} critical`,
    });
    const access = await recorded(security.token, {
      type: "DATA_ACCESS",
      severity: "LOW",
      summary: `${tag} access`,
    });
    const looked = await recorded(security.token, {
      type: "ANOMALY",
      severity: "LOW",
      summary: `${tag} looked at`,
    });
    expect((await triage(security.token, looked.id, { version: 1, investigated: true })).status).toBe(200);

    expect(ids((await list(security.token, { q: tag })).json.items)).toEqual([
      looked.id,
      access.id,
      critical.id,
    ]);
    expect(ids((await list(security.token, { q: tag, type: "ANOMALY" })).json.items)).toEqual([
      looked.id,
      critical.id,
    ]);
    expect(
      ids((await list(security.token, { q: tag, severity: "CRITICAL,LOW", type: "ANOMALY" })).json.items),
    ).toEqual([looked.id, critical.id]);
    expect(ids((await list(security.token, { q: tag, severity: "LOW" })).json.items)).toEqual([
      looked.id,
      access.id,
    ]);
    expect(ids((await list(security.token, { q: tag, investigated: "false" })).json.items)).toEqual([
      access.id,
      critical.id,
    ]);
    expect(ids((await list(security.token, { q: tag, investigated: "true" })).json.items)).toEqual([
      looked.id,
    ]);
    expect((await list(security.token, { type: "PHISHING" })).status).toBe(422);
  });

  it("searches the summary, source, account and details, literally", async () => {
    const security = await createTestUser(["SECURITY"]);
    const tag = unique("needle");
    const inSummary = await recorded(security.token, { summary: `Port scan ${tag}` });
    const inSource = await recorded(security.token, { source: `ids-${tag}` });
    const inDetails = await recorded(security.token, { details: { host: `${tag}.corp` } });
    const inUser = await recorded(security.token, { user: `${tag}@example.test` });
    await recorded(security.token, { summary: "Unrelated" });
    expect(new Set(ids((await list(security.token, { q: tag.toUpperCase() })).json.items))).toEqual(
      new Set([inSummary.id, inSource.id, inDetails.id, inUser.id]),
    );

    // % and _ are characters to look for, not wildcards.
    const percent = await recorded(security.token, { summary: `${tag} CPU at 100%` });
    await recorded(security.token, { summary: `${tag} CPU at 1000 rps` });
    expect(ids((await list(security.token, { q: `${tag} CPU at 100%` })).json.items)).toEqual([percent.id]);
    const underscore = await recorded(security.token, { summary: `${tag} svc_account` });
    await recorded(security.token, { summary: `${tag} svcXaccount` });
    expect(ids((await list(security.token, { q: `${tag} svc_account` })).json.items)).toEqual([
      underscore.id,
    ]);
  });

  it("exports CSV with a header row, formulas escaped", async () => {
    const security = await createTestUser(["SECURITY"]);
    const tag = unique("csv");
    await recorded(security.token, {
      summary: `=HYPERLINK("http://evil","${tag}")`,
      source: "@siem",
      user: `${tag}@example.test`,
    });
    const res = await list(security.token, { q: tag, format: "csv" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, row, ...rest] = res.text.trim().split("\n");
    expect(header).toBe(
      "at,type,severity,source,user,summary,rule,investigated,resolved,incident,details,id",
    );
    expect(rest).toEqual([]);
    expect(row).toContain(`'=HYPERLINK(""http://evil"",""${tag}"")`);
    expect(row).toContain("'@siem");
    expect(row).not.toMatch(/,=/);
  });

  it("is for security and admins only", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    expect((await list(engineer.token, {})).status).toBe(403);
  });
});

describe("triage", () => {
  it("refuses a stale version (409), and resolving marks it investigated", async () => {
    const security = await createTestUser(["SECURITY"]);
    const other = await createTestUser(["ADMIN"]);
    const event = await recorded(security.token);
    const first = await triage(other.token, event.id, { version: 1, notes: "Looking" });
    expect(first.json).toMatchObject({ notes: "Looking", investigated: false, version: 2 });

    const stale = await triage(security.token, event.id, { version: 1, resolved: true });
    expect(stale.status).toBe(409);
    const resolved = await triage(security.token, event.id, { version: 2, resolved: true });
    expect(resolved.status).toBe(200);
    expect(resolved.json).toMatchObject({ resolved: true, investigated: true, notes: "Looking", version: 3 });

    const unlook = await triage(security.token, event.id, { version: 3, investigated: false });
    expect(unlook.status).toBe(422);
    const reopened = await triage(security.token, event.id, { version: 3, resolved: false });
    expect(reopened.json).toMatchObject({ resolved: false, investigated: true, version: 4 });
    expect(await db.auditLog.count({ where: { action: "security_event.update", entityId: event.id } })).toBe(
      3,
    );
  });

  it("is refused to an engineer (403)", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const event = await recorded(engineer.token);
    expect((await triage(engineer.token, event.id, { version: 1, investigated: true })).status).toBe(403);
  });
});

describe("escalating", () => {
  it("opens a P1 incident from a critical event, linked both ways, once", async () => {
    const security = await createTestUser(["SECURITY"]);
    const event = await recorded(security.token, {
      severity: "CRITICAL",
      summary: `Ransomware beacon ${unique("rw")}`,
      user: "victim@example.test",
    });
    const res = await escalate(security.token, event.id, event.version);
    expect(res.status).toBe(200);
    const incidentKey = String((res.json.incident as Json).key);
    expect(res.json).toMatchObject({
      investigated: true,
      version: 2,
      incident: { key: incidentKey, title: `Security: ${String(event.summary)}`, status: "OPEN" },
    });
    const incident = await db.incident.findUniqueOrThrow({ where: { key: incidentKey } });
    expect(incident).toMatchObject({ severity: "P1", reportedById: security.id });
    expect(incident.description).toContain(event.id);
    expect(incident.description).toContain("Account: victim@example.test");
    expect(await db.incidentEvent.count({ where: { incidentId: incident.id, kind: "SECURITY_EVENT" } })).toBe(
      1,
    );

    const again = await escalate(security.token, event.id, 2);
    expect(again.status).toBe(422);
    expect(again.json.detail).toBe(`Already escalated to ${incidentKey}`);
    // A double-submitted escalation (the version read before the first) is told where the incident is too.
    const doubleClick = await escalate(security.token, event.id, 1);
    expect(doubleClick.status).toBe(422);
    expect(await db.securityEvent.count({ where: { incidentId: incident.id } })).toBe(1);
  });

  it("opens one incident when two analysts escalate the same event at once", async () => {
    const [first, second] = await Promise.all([createTestUser(["SECURITY"]), createTestUser(["ADMIN"])]);
    const event = await recorded(first.token, { severity: "CRITICAL" });
    const results = await Promise.all([first, second].map((u) => escalate(u.token, event.id, event.version)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    expect(await db.incident.count({ where: { description: { contains: event.id } } })).toBe(1);
  });

  it("refuses a low event (422), a stale version (409), and uses no incident number for a refusal", async () => {
    const security = await createTestUser(["SECURITY"]);
    const low = await recorded(security.token, { severity: "LOW" });
    const res = await escalate(security.token, low.id, low.version);
    expect(res.status).toBe(422);
    expect(res.json.detail).toBe("Only a critical or high severity event is escalated to a P1 incident");
    const high = await recorded(security.token, { severity: "HIGH" });
    expect((await escalate(security.token, high.id, high.version + 1)).status).toBe(409);
    expect((await escalate(security.token, "00000000-0000-4000-8000-000000000000", 1)).status).toBe(404);

    // Incident numbers stay gapless: the refusals above took none.
    const before = await createTestIncident(security);
    const escalated = await escalate(security.token, high.id, high.version);
    expect(escalated.status).toBe(200);
    const seq = (key: string) => Number(key.split("-")[2]);
    expect(seq(String((escalated.json.incident as Json).key))).toBe(seq(before.key) + 1);
    const refusedAgain = await escalate(security.token, low.id, low.version);
    expect(refusedAgain.status).toBe(422);
    expect(seq((await createTestIncident(security)).key)).toBe(seq(before.key) + 2);
  });
});
