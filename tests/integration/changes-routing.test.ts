import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeInput, createTestChange, createTestService, createTestUser } from "../factories";
import {
  createChangeCall,
  getChange,
  HIGH_ANSWERS,
  LOW_ANSWERS,
  MEDIUM_ANSWERS,
  patchChange,
  submit,
} from "../helpers/changes";

type Json = Record<string, unknown>;
type User = Awaited<ReturnType<typeof createTestUser>>;

const auditActions = async (key: string) =>
  (
    await db.auditLog.findMany({ where: { entityType: "change", entityId: key }, orderBy: { id: "asc" } })
  ).map((a) => a.action);
const notificationsOf = (user: User, kind: string) =>
  db.notification.findMany({ where: { userId: user.id, kind } });
// A HIGH-risk normal change in production, submitted: the CAB, quorum 2.
const cabChange = (requester: User, overrides: Parameters<typeof createTestChange>[1] = {}) =>
  createTestChange(requester, { riskAnswers: HIGH_ANSWERS, ...overrides }, { submit: true });

describe("submitting: every category × risk level lands on its route", () => {
  it.each([
    ["STANDARD", LOW_ANSWERS, 3, "LOW", "AUTO", "APPROVED", 0],
    ["STANDARD", MEDIUM_ANSWERS, 6, "MEDIUM", "AUTO", "APPROVED", 0],
    ["STANDARD", HIGH_ANSWERS, 9, "HIGH", "AUTO", "APPROVED", 0],
    ["NORMAL", LOW_ANSWERS, 3, "LOW", "AUTO", "APPROVED", 0],
    ["NORMAL", MEDIUM_ANSWERS, 6, "MEDIUM", "TECHNICAL_REVIEW", "IN_TECHNICAL_REVIEW", 1],
    ["NORMAL", HIGH_ANSWERS, 9, "HIGH", "CAB", "IN_CAB_REVIEW", 2],
    ["MAJOR", LOW_ANSWERS, 3, "HIGH", "CAB", "IN_CAB_REVIEW", 2],
    ["MAJOR", MEDIUM_ANSWERS, 6, "HIGH", "CAB", "IN_CAB_REVIEW", 2],
    ["MAJOR", HIGH_ANSWERS, 9, "HIGH", "CAB", "IN_CAB_REVIEW", 2],
    ["EMERGENCY", LOW_ANSWERS, 3, "LOW", "EMERGENCY_CAB", "IN_CAB_REVIEW", 1],
    ["EMERGENCY", MEDIUM_ANSWERS, 6, "MEDIUM", "EMERGENCY_CAB", "IN_CAB_REVIEW", 1],
    ["EMERGENCY", HIGH_ANSWERS, 9, "HIGH", "EMERGENCY_CAB", "IN_CAB_REVIEW", 1],
  ] as const)(
    "%s with %o: score %i, %s → %s, %s",
    async (category, riskAnswers, score, level, route, status, needed) => {
      const engineer = await createTestUser(["ENGINEER"]);
      const service = await createTestService();
      const created = await createChangeCall(
        engineer.token,
        changeInput([service.slug], { category, riskAnswers }),
      );
      expect(created.status).toBe(201);
      // Before submitting, the draft already shows its assessment.
      expect(created.json).toMatchObject({
        status: "DRAFT",
        riskScore: score,
        riskLevel: level,
        approvalRoute: null,
        round: 0,
      });
      const key = String(created.json.key);

      const submitted = await submit(engineer.token, key, 1);
      expect(submitted.status).toBe(200);
      expect(submitted.json).toMatchObject({
        status,
        approvalRoute: route,
        riskScore: score,
        riskLevel: level,
        approvalsNeeded: needed,
        round: 1,
        quorum: route === "CAB" ? 2 : null,
      });
      expect(submitted.json.approvedAt === null).toBe(status !== "APPROVED");
      expect(submitted.json.riskFloor).toBe(
        category === "MAJOR" && score < 8 ? "MAJOR changes are always HIGH risk" : null,
      );
      expect(await auditActions(key)).toEqual(["change.create", "change.submit"]);
    },
  );

  it("tells the eligible reviewers, and only them, that a change awaits their vote", async () => {
    const requester = await createTestUser(["CAB_MEMBER"]);
    const cab = await createTestUser(["CAB_MEMBER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const change = await cabChange(requester);
    expect(await notificationsOf(cab, "CHANGE_REVIEW")).toEqual([
      expect.objectContaining({ title: `${change.key} awaits your vote (the CAB)` }),
    ]);
    expect(await notificationsOf(requester, "CHANGE_REVIEW")).toEqual([]);
    expect(await notificationsOf(manager, "CHANGE_REVIEW")).toEqual([]);
  });
});

describe("the risk score", () => {
  it.each([
    ["STAGING", 1, LOW_ANSWERS, 1, "LOW"],
    [
      "DEVELOPMENT",
      1,
      {
        rollbackTested: "NO",
        changeSize: "LARGE",
        dataMigration: "IRREVERSIBLE",
        offHoursDependency: "YES",
        priorFailures: "YES",
      },
      12,
      "HIGH",
    ],
    ["PRODUCTION", 2, LOW_ANSWERS, 4, "MEDIUM"],
    ["PRODUCTION", 3, LOW_ANSWERS, 4, "MEDIUM"],
    ["PRODUCTION", 4, LOW_ANSWERS, 6, "MEDIUM"],
    ["PRODUCTION", 1, { ...LOW_ANSWERS, rollbackTested: "NO", changeSize: "MEDIUM" }, 7, "MEDIUM"],
    [
      "PRODUCTION",
      1,
      { ...LOW_ANSWERS, rollbackTested: "NO", changeSize: "MEDIUM", dataMigration: "REVERSIBLE" },
      8,
      "HIGH",
    ],
  ] as const)(
    "%s, %i service(s), %o → %i (%s)",
    async (environment, serviceCount, riskAnswers, score, level) => {
      const engineer = await createTestUser(["ENGINEER"]);
      const services = await Promise.all(Array.from({ length: serviceCount }, () => createTestService()));
      const res = await createChangeCall(
        engineer.token,
        changeInput(
          services.map((s) => s.slug),
          { environment, riskAnswers },
        ),
      );
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ riskScore: score, riskLevel: level, riskPolicyVersion: "2026-11-v1" });
      expect((res.json.riskFactors as Json[]).every((f) => f.defaulted === false)).toBe(true);
    },
  );

  it("counts a question left out as its riskiest answer, so skipping never lowers the route", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService();
    const { priorFailures: _skipped, ...fourAnswers } = LOW_ANSWERS;
    const res = await createChangeCall(
      engineer.token,
      changeInput([service.slug], { riskAnswers: fourAnswers }),
    );
    expect(res.json).toMatchObject({ riskScore: 5, riskLevel: "MEDIUM" });
    expect((res.json.riskFactors as Json[]).find((f) => f.question === "priorFailures")).toEqual({
      question: "priorFailures",
      label: "Has a similar change failed in the last 90 days?",
      answer: "YES",
      points: 2,
      defaulted: true,
    });
    // Answered as "no" it would be LOW and approved automatically; left out, it needs a technical review.
    const submitted = await submit(engineer.token, String(res.json.key), 1);
    expect(submitted.json).toMatchObject({
      status: "IN_TECHNICAL_REVIEW",
      approvalRoute: "TECHNICAL_REVIEW",
    });

    const none = await createChangeCall(
      engineer.token,
      changeInput([service.slug], { environment: "STAGING", riskAnswers: {} }),
    );
    expect(none.json).toMatchObject({ riskScore: 13, riskLevel: "HIGH" });
    expect((none.json.riskFactors as Json[]).filter((f) => f.defaulted).map((f) => f.question)).toEqual([
      "rollbackTested",
      "changeSize",
      "dataMigration",
      "offHoursDependency",
      "priorFailures",
    ]);
  });

  it("is assessed again when a draft is edited, and a stale edit changes nothing", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const draft = await createTestChange(engineer, { riskAnswers: LOW_ANSWERS });
    const edited = await patchChange(engineer.token, draft.key, {
      version: 1,
      riskAnswers: HIGH_ANSWERS,
      title: "Bigger change",
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({
      riskScore: 9,
      riskLevel: "HIGH",
      title: "Bigger change",
      version: 2,
    });

    const stale = await patchChange(engineer.token, draft.key, {
      version: 1,
      riskAnswers: LOW_ANSWERS,
      title: "Lost update",
    });
    expect(stale.status).toBe(409);
    expect(stale.json.detail).toBe(
      `Change ${draft.key} was changed by someone else since you read it; reload and try again`,
    );
    expect((await getChange(engineer.token, draft.key)).json).toMatchObject({
      riskScore: 9,
      title: "Bigger change",
      version: 2,
    });
    expect(await auditActions(draft.key)).toEqual(["change.create", "change.update"]);
  });
});

describe("raising a change", () => {
  it("answers a retry with the same Idempotency-Key with the same change and creates no second one", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService();
    const body = changeInput([service.slug]);
    const headers = { "idempotency-key": `create-${service.slug}` };
    const first = await createChangeCall(engineer.token, body, headers);
    const retry = await createChangeCall(engineer.token, body, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.json.key).toBe(first.json.key);
    expect(await db.change.count({ where: { services: { has: service.slug } } })).toBe(1);
    const reused = await createChangeCall(engineer.token, { ...body, title: "Another change" }, headers);
    expect(reused.status).toBe(422);

    // A double click: requests racing with one key create one change; the others are told to retry.
    const racing = await Promise.all(
      Array.from({ length: 5 }, () =>
        createChangeCall(
          engineer.token,
          { ...body, title: "Raced" },
          { "idempotency-key": `race-${service.slug}` },
        ),
      ),
    );
    expect(racing.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(racing.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(new Set(racing.filter((r) => r.status === 201).map((r) => r.json.key)).size).toBe(1);
    expect(await db.change.count({ where: { title: "Raced", services: { has: service.slug } } })).toBe(1);
  });

  it.each([
    ["a missing rollback plan", (b: Json) => ({ ...b, rollbackPlan: undefined }), "rollbackPlan"],
    ["a blank rollback plan", (b: Json) => ({ ...b, rollbackPlan: "   " }), "rollbackPlan"],
    [
      "an end before the start",
      (b: Json) => ({ ...b, plannedStart: "2030-01-01T12:00:00Z", plannedEnd: "2030-01-01T11:00:00Z" }),
      "plannedEnd",
    ],
    [
      "no planned window",
      (b: Json) => ({ ...b, plannedStart: undefined, plannedEnd: undefined }),
      "plannedStart",
    ],
    ["an unknown service", (b: Json) => ({ ...b, services: ["no-such-service"] }), "services"],
    [
      "an unknown risk answer",
      (b: Json) => ({ ...b, riskAnswers: { ...LOW_ANSWERS, changeSize: "HUGE" } }),
      "riskAnswers.changeSize",
    ],
    [
      "an unknown risk question",
      (b: Json) => ({ ...b, riskAnswers: { ...LOW_ANSWERS, vibes: "GOOD" } }),
      "riskAnswers",
    ],
    ["an unknown category", (b: Json) => ({ ...b, category: "WHENEVER" }), "category"],
    [
      "an implementer who is not a user",
      (b: Json) => ({ ...b, implementerId: "00000000-0000-4000-8000-000000000000" }),
      "implementerId",
    ],
    // ISO 8601 allows year 0000; PostgreSQL has no year 0.
    [
      "a planned start in year 0",
      (b: Json) => ({ ...b, plannedStart: "0000-06-01T10:00:00Z" }),
      "plannedStart",
    ],
    [
      "a planned window in year 0 once in UTC",
      (b: Json) => ({
        ...b,
        plannedStart: "0001-01-01T00:30:00+01:00",
        plannedEnd: "0001-01-01T00:45:00+01:00",
      }),
      "plannedStart",
    ],
  ])(
    "refuses %s with 422 problem+json naming the field, and creates nothing",
    async (_what, mutate, path) => {
      const engineer = await createTestUser(["ENGINEER"]);
      const service = await createTestService();
      const res = await createChangeCall(engineer.token, mutate(changeInput([service.slug])));
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect((res.json.errors as Json[]).map((e) => e.path)).toContain(path);
      expect(await db.change.count({ where: { requestedById: engineer.id } })).toBe(0);
    },
  );
});
