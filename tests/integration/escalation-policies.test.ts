// Escalation policies through the API against a real PostgreSQL: who may create, read and edit them, one
// policy per scope, targets that must exist, stale versions, the audit trail and the demo seed.
import { beforeAll, describe, expect, it } from "vitest";
import * as policyRoute from "@/app/api/escalation-policies/[id]/route";
import * as policiesRoute from "@/app/api/escalation-policies/route";
import { db } from "@/lib/db";
import { seedDemoEscalation } from "@/prisma/seed-escalation";
import { seedDemoOnCall } from "@/prisma/seed-oncall";
import { createTestService, createTestUser, unique } from "../factories";
import { createTestSchedule } from "../factories/schedules";
import { call } from "../helpers/api";

type User = Awaited<ReturnType<typeof createTestUser>>;
let manager: User;
let admin: User;
let engineer: User;
let security: User;
let executive: User;

const MISSING = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  manager = await createTestUser(["OPS_MANAGER"]);
  admin = await createTestUser(["ADMIN"]);
  engineer = await createTestUser(["ENGINEER"]);
  security = await createTestUser(["SECURITY"]);
  executive = await createTestUser(["EXECUTIVE"]);
});

const policyBody = (
  scope: Record<string, string>,
  scheduleId: string,
  extra: Record<string, unknown> = {},
) => ({
  name: unique("Policy"),
  scope,
  steps: [
    { targets: [{ kind: "schedule", scheduleId }], waitMinutes: 15 },
    {
      targets: [
        { kind: "user", userId: engineer.id },
        { kind: "role", role: "OPS_MANAGER" },
      ],
      waitMinutes: 10,
    },
  ],
  ...extra,
});

const create = (body: unknown, token = manager.token) =>
  call(policiesRoute.POST, "POST", "/api/escalation-policies", { token, body });

const auditRecords = (id: string) =>
  db.auditLog.findMany({ where: { entityType: "escalation-policy", entityId: id }, orderBy: { id: "asc" } });

async function serviceAndSchedule() {
  const service = await createTestService();
  const schedule = await createTestSchedule(manager, [engineer.id]);
  return { slug: service.slug, scheduleId: schedule.id };
}

describe("creating and reading policies", () => {
  it("an ops manager creates a service's policy; engineers and security read it; others may not", async () => {
    const { slug, scheduleId } = await serviceAndSchedule();
    const res = await create(policyBody({ serviceSlug: slug }, scheduleId));
    expect(res.status).toBe(201);
    const created = res.json as { id: string } & Record<string, unknown>;
    expect(created).toMatchObject({
      scope: { serviceSlug: slug },
      steps: [
        { targets: [{ kind: "schedule", scheduleId }], waitMinutes: 15 },
        {
          targets: [
            { kind: "user", userId: engineer.id },
            { kind: "role", role: "OPS_MANAGER" },
          ],
          waitMinutes: 10,
        },
      ],
      repeat: 0,
      version: 1,
    });

    for (const reader of [engineer, security, manager, admin]) {
      const read = await call(policyRoute.GET, "GET", "", {
        token: reader.token,
        params: { id: created.id },
      });
      expect(read.status).toBe(200);
      expect(read.json).toEqual(created);
    }
    const denied = await call(policyRoute.GET, "GET", "", {
      token: executive.token,
      params: { id: created.id },
    });
    expect(denied.status).toBe(403);

    const list = await call(policiesRoute.GET, "GET", "/api/escalation-policies", { token: engineer.token });
    expect(list.status).toBe(200);
    expect((list.json.items as { id: string }[]).map((p) => p.id)).toContain(created.id);

    const records = await auditRecords(created.id);
    expect(records.map((r) => r.action)).toEqual(["escalation-policy.create"]);
    expect(records[0]!.actorId).toBe(manager.id);
    expect(records[0]!.after).toMatchObject({ scope: { serviceSlug: slug }, version: 1 });
  });

  it("an engineer may not create or edit a policy (403), and nothing is stored", async () => {
    const { slug, scheduleId } = await serviceAndSchedule();
    const res = await create(policyBody({ serviceSlug: slug }, scheduleId), engineer.token);
    expect(res.status).toBe(403);
    expect(await db.escalationPolicy.count({ where: { serviceSlug: slug } })).toBe(0);
  });

  it("a second policy for the same service or the same tier is a 409 naming the field", async () => {
    const { slug, scheduleId } = await serviceAndSchedule();
    expect((await create(policyBody({ serviceSlug: slug }, scheduleId))).status).toBe(201);
    const again = await create(policyBody({ serviceSlug: slug }, scheduleId));
    expect(again.status).toBe(409);
    expect(again.json.errors).toEqual([{ path: "scope.serviceSlug", message: "Already has a policy" }]);

    expect((await create(policyBody({ tier: "DEVELOPMENT" }, scheduleId), admin.token)).status).toBe(201);
    const tierAgain = await create(policyBody({ tier: "DEVELOPMENT" }, scheduleId));
    expect(tierAgain.status).toBe(409);
    expect(tierAgain.json.errors).toEqual([{ path: "scope.tier", message: "Already has a policy" }]);
  });

  it("refuses unknown targets and an unknown service with a 422 naming each field", async () => {
    const gone = await createTestUser(["ENGINEER"]);
    await db.user.update({ where: { id: gone.id }, data: { isActive: false } });
    const res = await create({
      name: "Broken",
      scope: { serviceSlug: "no-such-service" },
      steps: [
        {
          targets: [
            { kind: "schedule", scheduleId: MISSING },
            { kind: "user", userId: gone.id },
            { kind: "user", userId: MISSING },
          ],
          waitMinutes: 5,
        },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([
      { path: "scope.serviceSlug", message: "No such service" },
      { path: "steps.0.targets.0.scheduleId", message: "No such schedule" },
      { path: "steps.0.targets.1.userId", message: "This person's account is deactivated" },
      { path: "steps.0.targets.2.userId", message: "No such person" },
    ]);

    const badRole = await create({
      name: "Bad role",
      scope: { tier: "STANDARD" },
      steps: [{ targets: [{ kind: "role", role: "JANITOR" }], waitMinutes: 5 }],
    });
    expect(badRole.status).toBe(422);
    expect((badRole.json.errors as { path: string }[]).map((e) => e.path)).toEqual([
      "steps.0.targets.0.role",
    ]);

    const bothScopes = await create({
      name: "Both",
      scope: { tier: "STANDARD", serviceSlug: "x" },
      steps: [{ targets: [{ kind: "role", role: "ADMIN" }], waitMinutes: 5 }],
    });
    expect(bothScopes.status).toBe(422);
    expect(await db.escalationPolicy.count({ where: { name: { in: ["Broken", "Bad role", "Both"] } } })).toBe(
      0,
    );
  });
});

describe("editing policies", () => {
  it("a stale version is a 409 and changes nothing; the current one edits, moves the version and is audited", async () => {
    const { slug, scheduleId } = await serviceAndSchedule();
    const created = (await create(policyBody({ serviceSlug: slug }, scheduleId))).json as { id: string };
    const edit = (version: number, body: Record<string, unknown>, token = manager.token) =>
      call(policyRoute.PATCH, "PATCH", "", { token, params: { id: created.id }, body: { version, ...body } });

    const ok = await edit(1, { repeat: 2, name: "Checkout escalation" });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ version: 2, repeat: 2, name: "Checkout escalation" });

    const stale = await edit(1, { repeat: 5 });
    expect(stale.status).toBe(409);
    expect((await db.escalationPolicy.findUniqueOrThrow({ where: { id: created.id } })).repeat).toBe(2);

    expect((await edit(2, { repeat: 1 }, engineer.token)).status).toBe(403);

    const unknownTarget = await edit(2, {
      steps: [{ targets: [{ kind: "schedule", scheduleId: MISSING }], waitMinutes: 5 }],
    });
    expect(unknownTarget.status).toBe(422);
    expect(unknownTarget.json.errors).toEqual([
      { path: "steps.0.targets.0.scheduleId", message: "No such schedule" },
    ]);

    const records = await auditRecords(created.id);
    expect(records.map((r) => r.action)).toEqual(["escalation-policy.create", "escalation-policy.update"]);
    expect(records[1]!.before).toMatchObject({ version: 1, repeat: 0 });
    expect(records[1]!.after).toMatchObject({ version: 2, repeat: 2, name: "Checkout escalation" });
  });

  it("moving a policy onto a scope that has one is a 409 naming the field", async () => {
    const a = await serviceAndSchedule();
    const b = await createTestService();
    const first = (await create(policyBody({ serviceSlug: a.slug }, a.scheduleId))).json as { id: string };
    expect((await create(policyBody({ serviceSlug: b.slug }, a.scheduleId))).status).toBe(201);
    const moved = await call(policyRoute.PATCH, "PATCH", "", {
      token: manager.token,
      params: { id: first.id },
      body: { version: 1, scope: { serviceSlug: b.slug } },
    });
    expect(moved.status).toBe(409);
    expect(moved.json.errors).toEqual([{ path: "scope.serviceSlug", message: "Already has a policy" }]);
    expect((await db.escalationPolicy.findUniqueOrThrow({ where: { id: first.id } })).serviceSlug).toBe(
      a.slug,
    );
  });

  it("a missing policy is a 404", async () => {
    const res = await call(policyRoute.GET, "GET", "", { token: engineer.token, params: { id: MISSING } });
    expect(res.status).toBe(404);
  });
});

describe("the demo seed", () => {
  it("creates a default policy per tier: primary, secondary after 15 min, ops managers after 15 more, once repeated", async () => {
    const asPrincipal = (u: User) => ({ ...u, via: "session" as const });
    const ada = await createTestUser(["ENGINEER"]);
    const bob = await createTestUser(["ENGINEER"]);
    await seedDemoOnCall(
      {
        engineer: asPrincipal(ada),
        engineer2: asPrincipal(bob),
        security: asPrincipal(security),
        manager: asPrincipal(manager),
      },
      () => {},
    );
    await db.escalationPolicy.deleteMany({ where: { tier: { not: null } } });
    await seedDemoEscalation({ manager: asPrincipal(manager) }, () => {});
    const schedules = await db.onCallSchedule.findMany({
      where: { name: { in: ["Platform primary", "Platform secondary"] } },
    });
    const idOf = (name: string) => schedules.find((s) => s.name === name)!.id;
    const list = await call(policiesRoute.GET, "GET", "/api/escalation-policies", { token: engineer.token });
    const tiers = (list.json.items as { scope: { tier?: string } }[]).filter((p) => p.scope.tier);
    expect(tiers.map((p) => p.scope.tier)).toEqual(["CRITICAL", "STANDARD", "DEVELOPMENT"]);
    for (const policy of tiers)
      expect(policy).toMatchObject({
        repeat: 1,
        steps: [
          { targets: [{ kind: "schedule", scheduleId: idOf("Platform primary") }], waitMinutes: 15 },
          { targets: [{ kind: "schedule", scheduleId: idOf("Platform secondary") }], waitMinutes: 15 },
          { targets: [{ kind: "role", role: "OPS_MANAGER" }], waitMinutes: 15 },
        ],
      });
  });
});
