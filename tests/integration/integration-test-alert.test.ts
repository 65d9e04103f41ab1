// "Send test alert" (POST /api/integrations/{id}/test): a manager's session stands in for the secret, the
// sample goes through the same intake path as a sender's (recorded, then processed), and it is audited.
import { beforeAll, describe, expect, it } from "vitest";
import * as logRoute from "@/app/api/integrations/[id]/notifications/route";
import * as integrationRoute from "@/app/api/integrations/[id]/route";
import * as testRoute from "@/app/api/integrations/[id]/test/route";
import * as integrationsRoute from "@/app/api/integrations/route";
import { db } from "@/lib/db";
import { settleNotifications } from "../helpers/alerts";
import { call } from "../helpers/api";
import { createTestUser, unique } from "../factories";

type User = Awaited<ReturnType<typeof createTestUser>>;
let manager: User;
let engineer: User;

async function newIntegration(kind: "ALERTMANAGER" | "EVENTS" | "HEARTBEAT", extra: object = {}) {
  const res = await call(integrationsRoute.POST, "POST", "/api/integrations", {
    token: manager.token,
    body: {
      name: unique("test-alert"),
      kind,
      ...(kind === "HEARTBEAT" ? { heartbeatMinutes: 5 } : {}),
      ...extra,
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.json as { id: string; version: number };
}

const sendTest = (id: string, token = manager.token) =>
  call(testRoute.POST, "POST", "", { token, params: { id } });

const log = async (id: string) =>
  (await call(logRoute.GET, "GET", "", { token: manager.token, params: { id } })).json as {
    items: { state: string; outcome: string | null; incidentKey: string | null; body: string }[];
  };

beforeAll(async () => {
  manager = await createTestUser(["OPS_MANAGER"]);
  engineer = await createTestUser(["ENGINEER"]);
});

describe("send test alert", () => {
  it("records an Alertmanager sample that opens one incident, updates it when sent again, and is audited", async () => {
    const { id } = await newIntegration("ALERTMANAGER");
    const first = await sendTest(id);
    expect(first.status, first.text).toBe(200);
    expect(first.json).toEqual({ status: "accepted" });
    await settleNotifications();
    const [entry] = (await log(id)).items;
    expect(entry).toMatchObject({ state: "PROCESSED" });
    expect(entry!.outcome).toMatch(/^open: /);
    expect(entry!.incidentKey).toMatch(/^INC-/);
    expect(JSON.parse(entry!.body)).toMatchObject({ version: "4", status: "firing" });

    expect((await sendTest(id)).status).toBe(200);
    await settleNotifications();
    const items = (await log(id)).items;
    expect(items).toHaveLength(2);
    expect(items[0]!.outcome).toMatch(/^update: /);
    expect(items[0]!.incidentKey).toBe(entry!.incidentKey);
    expect(await db.incident.count({ where: { integrationId: id } })).toBe(1);

    const audits = await db.auditLog.findMany({
      where: { entityType: "integration", entityId: id, action: "integration.test" },
    });
    expect(audits).toHaveLength(2);
    expect(audits[0]!.actorEmail).toBe(manager.email);
  });

  it("gives an Events integration its own sample (202 with the dedup key), and a paused one records it without opening anything", async () => {
    const events = await newIntegration("EVENTS");
    const answer = await sendTest(events.id);
    expect(answer.status).toBe(202);
    expect(answer.json).toMatchObject({ status: "success", dedup_key: "neuron-ops-test" });

    const paused = await newIntegration("ALERTMANAGER", { paused: true });
    const quiet = await sendTest(paused.id);
    expect(quiet.status).toBe(200);
    expect(quiet.json.message).toMatch(/paused/);
    await settleNotifications();
    expect((await log(paused.id)).items.map((i) => i.state)).toEqual(["IGNORED"]);
    expect(await db.incident.count({ where: { integrationId: paused.id } })).toBe(0);
  });

  it("pings a heartbeat (its clock moves, nothing opens)", async () => {
    const { id } = await newIntegration("HEARTBEAT");
    expect((await sendTest(id)).status).toBe(200);
    const read = await call(integrationRoute.GET, "GET", "", { token: manager.token, params: { id } });
    expect(read.json.lastPingAt).not.toBeNull();
  });

  it("is for managers only, and a missing integration is a 404", async () => {
    const { id } = await newIntegration("ALERTMANAGER");
    expect((await sendTest(id, engineer.token)).status).toBe(403);
    expect((await sendTest("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await log(id)).items).toHaveLength(0);
  });
});
