import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMonths } from "@/lib/vendors/cadence";
import { createTestService, createTestUser, unique } from "../factories";
import {
  completeDrTestCall,
  createDrTestCall,
  createFunctionCall,
  createFunctionOk,
  functionBody,
  getFunctionCall,
  listDrTestsCall,
  listFunctionsCall,
  patchFunctionCall,
} from "../helpers/continuity";
import { createVendorOk, patchVendorCall } from "../helpers/vendors";

type User = Awaited<ReturnType<typeof createTestUser>>;

const DAY = 86_400_000;
const auditActions = async (entityType: string, entityId: string) =>
  (await db.auditLog.findMany({ where: { entityType, entityId }, orderBy: { id: "asc" } })).map(
    (a) => a.action,
  );
const namedLike = (name: string) =>
  db.businessFunction.count({ where: { name: { equals: name, mode: "insensitive" } } });
const paths = (json: Record<string, unknown>) => (json.errors as { path: string }[]).map((e) => e.path);
const isMissFlag = (flag: string) => / missed the R[TP]O: /.test(flag);

// A function with RTO 4 h depending on a STANDARD service (24 h), a CRITICAL one (4 h: equal is fine), a
// vendor that recovers in 8 h, one that never said, and a function with RTO 2 h.
async function functionWithDependencies(manager: User) {
  const standard = await createTestService({ tier: "STANDARD" });
  const critical = await createTestService({ tier: "CRITICAL" });
  const vendor = await createVendorOk(manager.token, { recoveryTimeHours: 8 });
  const silent = await createVendorOk(manager.token, { recoveryTimeHours: null });
  const upstream = await createFunctionOk(manager.token, { rtoHours: 2 });
  const body = functionBody({
    rtoHours: 4,
    description: "Take card payments",
    dependsOnServices: [standard.slug, critical.slug],
    dependsOnVendorIds: [vendor.id, silent.id],
    dependsOnFunctionIds: [upstream.id],
    alternativeProcesses: ["Take orders by phone"],
    keyPersonnel: [{ name: "Ada", role: "Payments lead", backup: "Grace" }],
  });
  const res = await createFunctionCall(manager.token, body);
  return { res, body, standard, critical, vendor, silent, upstream };
}

describe("business functions: dependencies against the RTO", () => {
  it("flags dependencies that recover slower than the function's RTO, by how much, and those that never said", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const { res, standard, critical, vendor, silent, upstream } = await functionWithDependencies(manager);
    expect(res.status).toBe(201);
    expect(res.fn.dependencies).toEqual(
      expect.arrayContaining([
        { kind: "SERVICE", id: standard.slug, name: standard.name, recoveryHours: 24 },
        { kind: "SERVICE", id: critical.slug, name: critical.name, recoveryHours: 4 },
        { kind: "VENDOR", id: vendor.id, name: vendor.name, recoveryHours: 8 },
        { kind: "VENDOR", id: silent.id, name: silent.name, recoveryHours: null },
        { kind: "FUNCTION", id: upstream.id, name: upstream.name, recoveryHours: 2 },
      ]),
    );
    expect(res.fn.dependencies).toHaveLength(5);
    expect(res.fn.slowDependencies).toEqual([
      { kind: "SERVICE", id: standard.slug, name: standard.name, recoveryHours: 24, byHours: 20 },
      { kind: "VENDOR", id: vendor.id, name: vendor.name, recoveryHours: 8, byHours: 4 },
    ]);
    expect(res.fn.unknownRecovery).toEqual([
      { kind: "VENDOR", id: silent.id, name: silent.name, recoveryHours: null },
    ]);
    expect(res.fn.flags).toEqual([
      `${standard.name} (service) recovers in 24 h, 20 h more than this function's 4 h RTO`,
      `${vendor.name} (vendor) recovers in 8 h, 4 h more than this function's 4 h RTO`,
    ]);
    expect((await getFunctionCall(manager.token, res.fn.id)).fn).toEqual(res.fn);
    expect((await listFunctionsCall(manager.token)).functions.find((f) => f.id === res.fn.id)).toEqual(
      res.fn,
    );
    expect(await auditActions("business_function", res.fn.id)).toEqual(["business_function.create"]);
  });

  it("editing the RTO to 24 h clears the slow flags and keeps everything not sent", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const { res } = await functionWithDependencies(manager);
    const edited = await patchFunctionCall(manager.token, res.fn.id, { version: 1, rtoHours: 24 });
    expect(edited.status).toBe(200);
    expect(edited.fn).toEqual({ ...res.fn, rtoHours: 24, slowDependencies: [], flags: [], version: 2 });
    expect((await getFunctionCall(manager.token, res.fn.id)).fn).toEqual(edited.fn);
    expect(await auditActions("business_function", res.fn.id)).toEqual([
      "business_function.create",
      "business_function.update",
    ]);
  });

  it("a vendor's new recovery time shows on the functions that depend on it", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const vendor = await createVendorOk(manager.token, { recoveryTimeHours: null });
    const fn = await createFunctionOk(manager.token, { rtoHours: 4, dependsOnVendorIds: [vendor.id] });
    expect(fn.unknownRecovery.map((d) => d.id)).toEqual([vendor.id]);
    expect(
      (await patchVendorCall(manager.token, vendor.id, { version: 1, recoveryTimeHours: 6 })).status,
    ).toBe(200);
    const after = (await getFunctionCall(manager.token, fn.id)).fn;
    expect(after.unknownRecovery).toEqual([]);
    expect(after.slowDependencies).toEqual([
      { kind: "VENDOR", id: vendor.id, name: vendor.name, recoveryHours: 6, byHours: 2 },
    ]);
  });

  it.each([
    ["an unknown vendor", () => ({ dependsOnVendorIds: [randomUUID()] }), "dependsOnVendorIds"],
    [
      "an unknown business function",
      () => ({ dependsOnFunctionIds: [randomUUID()] }),
      "dependsOnFunctionIds",
    ],
    ["an unknown service", () => ({ dependsOnServices: [unique("no-such-svc")] }), "dependsOnServices"],
    ["a vendor id that is not a uuid", () => ({ dependsOnVendorIds: ["acme"] }), "dependsOnVendorIds.0"],
    ["an RTO of 0 hours", () => ({ rtoHours: 0 }), "rtoHours"],
    ["a negative RPO", () => ({ rpoHours: -1 }), "rpoHours"],
  ])("refuses %s with 422 naming the field, and creates nothing", async (_label, fields, path) => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const body = functionBody(fields());
    const res = await createFunctionCall(manager.token, body);
    expect(res.status).toBe(422);
    expect(paths(res.json)).toEqual([path]);
    expect(await namedLike(String(body.name))).toBe(0);
  });

  it("refuses a function that depends on itself with 422, and changes nothing", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token);
    const res = await patchFunctionCall(manager.token, fn.id, { version: 1, dependsOnFunctionIds: [fn.id] });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([{ path: "dependsOnFunctionIds", message: "Not itself" }]);
    expect((await getFunctionCall(manager.token, fn.id)).fn).toEqual(fn);
  });

  it("refuses a second function of the same name, whatever its case, with 409, on create and on rename", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token);
    const again = await createFunctionCall(manager.token, functionBody({ name: fn.name.toLowerCase() }));
    expect(again.status).toBe(409);
    expect(again.json.detail).toBe(`A business function named ${fn.name.toLowerCase()} already exists`);
    expect(await namedLike(fn.name)).toBe(1);

    const other = await createFunctionOk(manager.token);
    const rename = await patchFunctionCall(manager.token, other.id, {
      version: 1,
      name: fn.name.toUpperCase(),
    });
    expect(rename.status).toBe(409);
    expect((await getFunctionCall(manager.token, other.id)).fn).toEqual(other);
  });

  it("refuses a stale version with 409 and keeps the first writer's change", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token);
    const first = await patchFunctionCall(manager.token, fn.id, { version: 1, rtoHours: 8 });
    const stale = await patchFunctionCall(manager.token, fn.id, {
      version: 1,
      rtoHours: 1,
      description: "Lost update",
    });
    expect(first.status).toBe(200);
    expect(stale.status).toBe(409);
    expect(stale.json.detail).toBe(
      "The business function was changed by someone else since you read it; reload and try again",
    );
    expect((await getFunctionCall(manager.token, fn.id)).fn).toEqual(first.fn);
    expect(await auditActions("business_function", fn.id)).toEqual([
      "business_function.create",
      "business_function.update",
    ]);
  });
});

describe("DR tests measured against the targets", () => {
  it("a backup restore slower than the RTO misses it, and the function says so", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token, { rtoHours: 4, rpoHours: 1 });
    const before = Date.now();
    const res = await createDrTestCall(manager.token, fn.id, {
      type: "BACKUP_RESTORE",
      status: "DONE",
      measuredRtoHours: 6,
      measuredRpoHours: 0.5,
      findings: "Restore script needed a manual step",
    });
    expect(res.status).toBe(201);
    expect(res.test).toMatchObject({
      functionId: fn.id,
      functionName: fn.name,
      status: "DONE",
      measuredRtoHours: 6,
      targetRtoHours: 4,
      rtoMet: false,
      measuredRpoHours: 0.5,
      targetRpoHours: 1,
      rpoMet: true,
      version: 1,
    });
    expect(Date.parse(res.test.performedAt!)).toBeGreaterThanOrEqual(before);
    expect(res.test.plannedFor).toBe(res.test.performedAt);

    const after = (await getFunctionCall(manager.token, fn.id)).fn;
    expect(after.recentTests).toEqual([res.test]);
    expect(after.flags.filter(isMissFlag)).toEqual([
      `Backup restore on ${res.test.performedAt!.slice(0, 10)} missed the RTO: 6 h > 4 h`,
    ]);
    expect((await listDrTestsCall(manager.token, fn.id)).tests).toEqual([res.test]);
    expect(await auditActions("dr_test", res.test.id)).toEqual(["dr_test.create"]);
  });

  it("a drill that lost more data than the RPO misses it, and the function says so", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token, { rtoHours: 4, rpoHours: 1 });
    const res = await createDrTestCall(manager.token, fn.id, {
      type: "PARTIAL_DRILL",
      status: "DONE",
      measuredRtoHours: 3,
      measuredRpoHours: 2,
    });
    expect(res.status).toBe(201);
    expect(res.test).toMatchObject({ rtoMet: true, rpoMet: false });
    const after = (await getFunctionCall(manager.token, fn.id)).fn;
    expect(after.flags.filter(isMissFlag)).toEqual([
      `Partial DR drill on ${res.test.performedAt!.slice(0, 10)} missed the RPO: 2 h > 1 h`,
    ]);
  });

  it("a test exactly on its targets meets them and raises no flag", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token, { rtoHours: 4, rpoHours: 1 });
    const res = await createDrTestCall(manager.token, fn.id, {
      type: "FULL_SIMULATION",
      status: "DONE",
      measuredRtoHours: 4,
      measuredRpoHours: 1,
    });
    expect(res.test).toMatchObject({ rtoMet: true, rpoMet: true });
    expect((await getFunctionCall(manager.token, fn.id)).fn.flags.filter(isMissFlag)).toEqual([]);
  });

  it("a test that was run must say how long recovery took; a plan review need not", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token);
    const missing = await createDrTestCall(manager.token, fn.id, {
      type: "BACKUP_RESTORE",
      status: "DONE",
      measuredRpoHours: 0.5,
    });
    expect(missing.status).toBe(422);
    expect(missing.json.errors).toEqual([
      { path: "measuredRtoHours", message: "A test that was run records the recovery time it measured" },
    ]);
    expect((await listDrTestsCall(manager.token, fn.id)).tests).toEqual([]);

    const review = await createDrTestCall(manager.token, fn.id, {
      type: "PLAN_REVIEW",
      status: "DONE",
      findings: "Contact list out of date",
    });
    expect(review.status).toBe(201);
    expect(review.test).toMatchObject({
      type: "PLAN_REVIEW",
      status: "DONE",
      measuredRtoHours: null,
      rtoMet: null,
      rpoMet: null,
    });
  });

  it.each([
    ["a planned test without a date", { type: "PARTIAL_DRILL", status: "PLANNED" }, "plannedFor"],
    [
      "a test run in the future",
      {
        type: "BACKUP_RESTORE",
        status: "DONE",
        measuredRtoHours: 1,
        performedAt: new Date(Date.now() + DAY).toISOString(),
      },
      "performedAt",
    ],
    [
      "an unknown test type",
      { type: "TABLETOP", status: "PLANNED", plannedFor: "2030-01-01T10:00:00Z" },
      "type",
    ],
    [
      "a negative measured RTO",
      { type: "BACKUP_RESTORE", status: "DONE", measuredRtoHours: -1 },
      "measuredRtoHours",
    ],
  ])("refuses %s with 422 naming the field", async (_label, body, path) => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token);
    const res = await createDrTestCall(manager.token, fn.id, body);
    expect(res.status).toBe(422);
    expect(paths(res.json)).toEqual([path]);
    expect((await listDrTestsCall(manager.token, fn.id)).tests).toEqual([]);
  });
});

describe("planning a DR test and recording its result", () => {
  const nextWeek = () => new Date(Date.now() + 7 * DAY).toISOString();

  it("a planned test shows in the schedule, then PATCH records the result once", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token, { rtoHours: 4, rpoHours: 1 });
    const plannedFor = nextWeek();
    const planned = await createDrTestCall(manager.token, fn.id, {
      type: "PARTIAL_DRILL",
      status: "PLANNED",
      plannedFor,
      measuredRtoHours: 9,
    });
    expect(planned.status).toBe(201);
    // Measurements sent with a plan are not kept: nothing was measured yet.
    expect(planned.test).toMatchObject({
      status: "PLANNED",
      plannedFor,
      performedAt: null,
      measuredRtoHours: null,
      rtoMet: null,
      rpoMet: null,
      version: 1,
    });
    expect(
      (await getFunctionCall(manager.token, fn.id)).fn.drSchedule.find((s) => s.type === "PARTIAL_DRILL"),
    ).toMatchObject({ planned: plannedFor, lastDone: null });

    const before = Date.now();
    const done = await completeDrTestCall(manager.token, planned.test.id, {
      version: 1,
      measuredRtoHours: 3,
      measuredRpoHours: 0.25,
      findings: "Failover took 3 h",
      followUps: ["Automate DNS switch"],
    });
    expect(done.status).toBe(200);
    expect(done.test).toMatchObject({
      id: planned.test.id,
      status: "DONE",
      plannedFor,
      measuredRtoHours: 3,
      measuredRpoHours: 0.25,
      rtoMet: true,
      rpoMet: true,
      findings: "Failover took 3 h",
      followUps: ["Automate DNS switch"],
      version: 2,
    });
    expect(Date.parse(done.test.performedAt!)).toBeGreaterThanOrEqual(before);
    expect(
      (await getFunctionCall(manager.token, fn.id)).fn.drSchedule.find((s) => s.type === "PARTIAL_DRILL"),
    ).toMatchObject({ planned: null, lastDone: done.test.performedAt });

    // A second writer who read version 1 is told someone else recorded it; one who read version 2, that it is done.
    const stale = await completeDrTestCall(manager.token, planned.test.id, {
      version: 1,
      measuredRtoHours: 8,
    });
    expect(stale.status).toBe(409);
    const twice = await completeDrTestCall(manager.token, planned.test.id, {
      version: 2,
      measuredRtoHours: 8,
    });
    expect(twice.status).toBe(422);
    expect(twice.json.detail).toBe("This DR test is already recorded as done");
    expect((await listDrTestsCall(manager.token, fn.id)).tests).toEqual([done.test]);
    expect(await auditActions("dr_test", planned.test.id)).toEqual(["dr_test.create", "dr_test.complete"]);
  });

  it("refuses a stale version before the result is recorded, and records nothing", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token);
    const planned = await createDrTestCall(manager.token, fn.id, {
      type: "BACKUP_RESTORE",
      status: "PLANNED",
      plannedFor: nextWeek(),
    });
    const res = await completeDrTestCall(manager.token, planned.test.id, { version: 2, measuredRtoHours: 1 });
    expect(res.status).toBe(409);
    expect(res.json.detail).toBe(
      "The DR test was changed by someone else since you read it; reload and try again",
    );
    expect((await listDrTestsCall(manager.token, fn.id)).tests).toEqual([planned.test]);
  });

  it.each([
    ["without the measured recovery time", () => ({ measuredRpoHours: 1 }), "measuredRtoHours"],
    [
      "run in the future",
      () => ({ measuredRtoHours: 1, performedAt: new Date(Date.now() + DAY).toISOString() }),
      "performedAt",
    ],
  ])("refuses a result %s with 422, and leaves the test planned", async (_label, fields, path) => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token);
    const planned = await createDrTestCall(manager.token, fn.id, {
      type: "FULL_SIMULATION",
      status: "PLANNED",
      plannedFor: nextWeek(),
    });
    const res = await completeDrTestCall(manager.token, planned.test.id, { version: 1, ...fields() });
    expect(res.status).toBe(422);
    expect(paths(res.json)).toEqual([path]);
    expect((await listDrTestsCall(manager.token, fn.id)).tests).toEqual([planned.test]);
  });
});

describe("the DR test schedule", () => {
  it("a function recorded two months ago without a backup restore is overdue, until one is recorded", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token);
    const since = addMonths(new Date(), -2);
    await db.businessFunction.update({ where: { id: fn.id }, data: { createdAt: since } });

    const overdue = (await getFunctionCall(manager.token, fn.id)).fn;
    const restoreDue = addMonths(since, 1);
    expect(overdue.drSchedule).toEqual([
      {
        type: "BACKUP_RESTORE",
        lastDone: null,
        dueAt: restoreDue.toISOString(),
        overdue: true,
        planned: null,
      },
      {
        type: "PARTIAL_DRILL",
        lastDone: null,
        dueAt: addMonths(since, 3).toISOString(),
        overdue: false,
        planned: null,
      },
      {
        type: "FULL_SIMULATION",
        lastDone: null,
        dueAt: addMonths(since, 12).toISOString(),
        overdue: false,
        planned: null,
      },
      {
        type: "PLAN_REVIEW",
        lastDone: null,
        dueAt: addMonths(since, 3).toISOString(),
        overdue: false,
        planned: null,
      },
    ]);
    expect(overdue.flags).toEqual([`Backup restore overdue since ${restoreDue.toISOString().slice(0, 10)}`]);

    const restore = await createDrTestCall(manager.token, fn.id, {
      type: "BACKUP_RESTORE",
      status: "DONE",
      measuredRtoHours: 1,
      measuredRpoHours: 0.5,
    });
    expect(restore.status).toBe(201);
    const performedAt = new Date(restore.test.performedAt!);
    const after = (await getFunctionCall(manager.token, fn.id)).fn;
    expect(after.drSchedule[0]).toEqual({
      type: "BACKUP_RESTORE",
      lastDone: performedAt.toISOString(),
      dueAt: addMonths(performedAt, 1).toISOString(),
      overdue: false,
      planned: null,
    });
    expect(after.flags).toEqual([]);
  });

  it("a backup restore recorded as run earlier counts from when it was run", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const fn = await createFunctionOk(manager.token);
    await db.businessFunction.update({
      where: { id: fn.id },
      data: { createdAt: addMonths(new Date(), -3) },
    });
    const performedAt = new Date(Date.now() - 40 * DAY);
    const res = await createDrTestCall(manager.token, fn.id, {
      type: "BACKUP_RESTORE",
      status: "DONE",
      performedAt: performedAt.toISOString(),
      measuredRtoHours: 1,
    });
    expect(res.test.performedAt).toBe(performedAt.toISOString());
    const restore = (await getFunctionCall(manager.token, fn.id)).fn.drSchedule[0];
    expect(restore).toEqual({
      type: "BACKUP_RESTORE",
      lastDone: performedAt.toISOString(),
      dueAt: addMonths(performedAt, 1).toISOString(),
      overdue: true,
      planned: null,
    });
  });
});
