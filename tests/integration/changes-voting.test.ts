import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestChange, createTestUser } from "../factories";
import {
  getChange,
  HIGH_ANSWERS,
  MEDIUM_ANSWERS,
  patchChange,
  submit,
  transition,
  vote,
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

describe("the CAB quorum", () => {
  it("needs two distinct CAB members: one approval leaves it in review, the second approves it", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const [cab1, cab2] = await Promise.all([createTestUser(["CAB_MEMBER"]), createTestUser(["CAB_MEMBER"])]);
    const change = await cabChange(requester);

    const first = await vote(cab1.token, change.key, "APPROVE", "Looks fine");
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ status: "IN_CAB_REVIEW", approvalsNeeded: 2, approvedAt: null });
    expect(first.json.approvals).toEqual([
      expect.objectContaining({
        approver: { id: cab1.id, name: cab1.name },
        decision: "APPROVE",
        comment: "Looks fine",
      }),
    ]);

    const second = await vote(cab2.token, change.key, "APPROVE");
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ status: "APPROVED" });
    expect(second.json.approvedAt).not.toBeNull();
    expect((second.json.approvals as Json[]).map((a) => (a.approver as Json).id)).toEqual([cab1.id, cab2.id]);
    expect(await notificationsOf(requester, "CHANGE_APPROVED")).toEqual([
      expect.objectContaining({ title: `${change.key} was approved` }),
    ]);
    expect(await auditActions(change.key)).toEqual([
      "change.create",
      "change.submit",
      "change.approve",
      "change.approve",
    ]);

    const cab3 = await createTestUser(["CAB_MEMBER"]);
    const late = await vote(cab3.token, change.key, "APPROVE");
    expect(late.status).toBe(422);
    expect(late.json.detail).toBe(`${change.key} is approved and is not awaiting votes`);
  });

  it("refuses an ops manager on the CAB route (403) and records nothing", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const engineer = await createTestUser(["ENGINEER"]);
    const change = await cabChange(requester);
    const res = await vote(manager.token, change.key, "APPROVE");
    expect(res.status).toBe(403);
    expect(res.json.detail).toBe("Only CAB_MEMBER can vote on this change");
    expect((await vote(engineer.token, change.key, "APPROVE")).status).toBe(403);
    expect(await db.changeApproval.count({ where: { changeId: change.id } })).toBe(0);
    expect((await getChange(requester.token, change.key)).json).toMatchObject({
      status: "IN_CAB_REVIEW",
      approvals: [],
      version: change.version,
    });
  });

  it("counts twenty concurrent identical votes from one CAB member once", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const cab = await createTestUser(["CAB_MEMBER"]);
    const change = await cabChange(requester);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => vote(cab.token, change.key, "APPROVE", "+1")),
    );
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 200));
    for (const r of results)
      expect(r.json).toMatchObject({
        status: "IN_CAB_REVIEW",
        approvals: [expect.objectContaining({ decision: "APPROVE" })],
      });
    expect(await db.changeApproval.count({ where: { changeId: change.id } })).toBe(1);
    const after = await getChange(requester.token, change.key);
    expect(after.json.status).toBe("IN_CAB_REVIEW");
    expect(after.json.approvals).toHaveLength(1);
    expect((await auditActions(change.key)).filter((a) => a === "change.approve")).toHaveLength(1);
    // Changing one's mind is not a resend.
    const flip = await vote(cab.token, change.key, "REJECT");
    expect(flip.status).toBe(409);
  });

  it("answers resends of the deciding vote like the first, and decides once", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const [cab1, cab2] = await Promise.all([createTestUser(["CAB_MEMBER"]), createTestUser(["CAB_MEMBER"])]);
    const approvedOne = await cabChange(requester);
    await vote(cab1.token, approvedOne.key, "APPROVE");
    const approvals = await Promise.all(
      Array.from({ length: 5 }, () => vote(cab2.token, approvedOne.key, "APPROVE")),
    );
    expect(approvals.map((r) => [r.status, r.json.status])).toEqual(
      Array.from({ length: 5 }, () => [200, "APPROVED"]),
    );
    expect(await db.changeApproval.count({ where: { changeId: approvedOne.id } })).toBe(2);
    expect(
      (await notificationsOf(requester, "CHANGE_APPROVED")).filter((n) =>
        n.title.startsWith(approvedOne.key),
      ),
    ).toHaveLength(1);

    const rejectedOne = await cabChange(requester);
    const rejections = await Promise.all(
      Array.from({ length: 5 }, () => vote(cab1.token, rejectedOne.key, "REJECT", "Not now")),
    );
    expect(rejections.map((r) => [r.status, r.json.status])).toEqual(
      Array.from({ length: 5 }, () => [200, "REJECTED"]),
    );
    expect(
      (await notificationsOf(requester, "CHANGE_REJECTED")).filter((n) =>
        n.title.startsWith(rejectedOne.key),
      ),
    ).toHaveLength(1);
    expect((await auditActions(rejectedOne.key)).filter((a) => a === "change.reject")).toHaveLength(1);
    // A different vote after the decision is still refused.
    const flip = await vote(cab1.token, rejectedOne.key, "APPROVE");
    expect(flip.status).toBe(422);
    expect(flip.json.detail).toBe(`${rejectedOne.key} is rejected and is not awaiting votes`);
  });

  it("rejects on one rejection; revised and resubmitted, the old round's votes no longer count", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const [cab1, cab2, cab3] = await Promise.all([
      createTestUser(["CAB_MEMBER"]),
      createTestUser(["CAB_MEMBER"]),
      createTestUser(["CAB_MEMBER"]),
    ]);
    const change = await cabChange(requester);
    expect((await vote(cab1.token, change.key, "APPROVE")).json.status).toBe("IN_CAB_REVIEW");
    const rejected = await vote(cab2.token, change.key, "REJECT", "No tested rollback");
    expect(rejected.status).toBe(200);
    expect(rejected.json).toMatchObject({ status: "REJECTED" });
    expect(await notificationsOf(requester, "CHANGE_REJECTED")).toEqual([
      expect.objectContaining({
        title: `${change.key} was rejected`,
        body: expect.stringContaining("No tested rollback") as unknown,
      }),
    ]);
    expect((await vote(cab3.token, change.key, "APPROVE")).status).toBe(422);

    // A rejected change is not edited in place: back to draft first.
    const editRejected = await patchChange(requester.token, change.key, {
      version: Number(rejected.json.version),
      title: "Too early",
    });
    expect(editRejected.status).toBe(422);
    const draft = await transition(requester.token, change.key, {
      version: Number(rejected.json.version),
      to: "DRAFT",
    });
    expect(draft.status).toBe(200);
    expect(draft.json).toMatchObject({
      status: "DRAFT",
      approvalRoute: null,
      approvedAt: null,
      submittedAt: null,
    });
    const edited = await patchChange(requester.token, change.key, {
      version: Number(draft.json.version),
      rollbackPlan: "Tested rollback: redeploy v41",
    });
    expect(edited.status).toBe(200);
    const resubmitted = await submit(requester.token, change.key, Number(edited.json.version));
    expect(resubmitted.json).toMatchObject({ status: "IN_CAB_REVIEW", round: 2, approvals: [] });

    // cab1's approval belonged to round 1: one new approval is still one short of the quorum.
    expect((await vote(cab3.token, change.key, "APPROVE")).json).toMatchObject({
      status: "IN_CAB_REVIEW",
      approvals: [expect.objectContaining({ approver: expect.objectContaining({ id: cab3.id }) as unknown })],
    });
    // cab2 rejected round 1 and may vote again in round 2.
    const approved = await vote(cab2.token, change.key, "APPROVE");
    expect(approved.json).toMatchObject({ status: "APPROVED" });
    expect(await db.changeApproval.count({ where: { changeId: change.id } })).toBe(4);
  });
});

describe("technical review", () => {
  it.each([["CAB_MEMBER"], ["OPS_MANAGER"]] as const)("a %s approves it with one vote", async (role) => {
    const requester = await createTestUser(["ENGINEER"]);
    const reviewer = await createTestUser([role]);
    const change = await createTestChange(requester, { riskAnswers: MEDIUM_ANSWERS }, { submit: true });
    expect(change.status).toBe("IN_TECHNICAL_REVIEW");
    const res = await vote(reviewer.token, change.key, "APPROVE");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "APPROVED", approvalsNeeded: 1 });
  });

  it("cannot be approved by hand, only by a vote", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const change = await createTestChange(requester, { riskAnswers: MEDIUM_ANSWERS }, { submit: true });
    const res = await transition(manager.token, change.key, { version: change.version, to: "APPROVED" });
    expect(res.status).toBe(422);
    expect(res.json.detail).toBe("Approved is decided by the reviewers' votes, not set by hand");
    const draftApproved = await createTestChange(requester, { riskAnswers: HIGH_ANSWERS });
    const skip = await transition(requester.token, draftApproved.key, { version: 1, to: "APPROVED" });
    expect(skip.status).toBe(422);
    expect(skip.json.detail).toBe(
      `Submit ${draftApproved.key} (POST /api/changes/${draftApproved.key}/submit); its approval route decides where it goes`,
    );
    expect((await getChange(requester.token, draftApproved.key)).json.status).toBe("DRAFT");
  });
});

describe("separation of duties", () => {
  it("refuses the requester's and the implementer's votes (403) even when they sit on the CAB", async () => {
    const requester = await createTestUser(["CAB_MEMBER"]);
    const implementer = await createTestUser(["CAB_MEMBER"]);
    const change = await cabChange(requester, { implementerId: implementer.id });
    expect(change.implementer).toEqual({ id: implementer.id, name: implementer.name });

    const own = await vote(requester.token, change.key, "APPROVE");
    expect(own.status).toBe(403);
    expect(own.json.detail).toBe("The requester cannot vote on their own change");
    const implementing = await vote(implementer.token, change.key, "APPROVE");
    expect(implementing.status).toBe(403);
    expect(implementing.json.detail).toBe("The implementer cannot vote on the change they implement");
    expect(await db.changeApproval.count({ where: { changeId: change.id } })).toBe(0);
  });

  it("keeps an ops manager from authorizing their own emergency change", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const change = await createTestChange(manager, { category: "EMERGENCY" }, { submit: true });
    const res = await vote(manager.token, change.key, "APPROVE");
    expect(res.status).toBe(403);
    expect((await getChange(manager.token, change.key)).json).toMatchObject({
      status: "IN_CAB_REVIEW",
      emergencyAuthorizedBy: null,
    });
  });
});
