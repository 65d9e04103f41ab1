import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestChange, createTestUser } from "../factories";
import {
  at,
  gate,
  getChange,
  HIGH_ANSWERS,
  MEDIUM_ANSWERS,
  patchChange,
  slot,
  timeline,
  transition,
  tuesday,
  vote,
} from "../helpers/changes";

type Json = Record<string, unknown>;
type User = Awaited<ReturnType<typeof createTestUser>>;

const version = (res: { json: Json }) => Number(res.json.version);
const auditActions = async (key: string) =>
  (
    await db.auditLog.findMany({ where: { entityType: "change", entityId: key }, orderBy: { id: "asc" } })
  ).map((a) => a.action);
const summaries = async (token: string, key: string) =>
  ((await timeline(token, key)).json.items ?? []).map((e) => e.summary);
const reviewNotices = (user: User, key: string) =>
  db.notification.count({
    where: { userId: user.id, kind: "CHANGE_REVIEW", title: { startsWith: `${key} awaits your vote again` } },
  });

// A HIGH-risk production change on Tuesday `week` 10:00–12:00, approved by two CAB members.
async function cabApproved(week: number) {
  const requester = await createTestUser(["ENGINEER"]);
  const [cab1, cab2, cab3] = await Promise.all([
    createTestUser(["CAB_MEMBER"]),
    createTestUser(["CAB_MEMBER"]),
    createTestUser(["CAB_MEMBER"]),
  ]);
  const change = await createTestChange(
    requester,
    { riskAnswers: HIGH_ANSWERS, ...slot(tuesday(week), 10, 0, 120) },
    { submit: true },
  );
  expect(change).toMatchObject({ status: "IN_CAB_REVIEW", approvalRoute: "CAB", round: 1 });
  await vote(cab1.token, change.key, "APPROVE");
  const approved = await vote(cab2.token, change.key, "APPROVE");
  expect(approved.json).toMatchObject({
    status: "APPROVED",
    approvedWindow: { start: at(tuesday(week), 10), end: at(tuesday(week), 12) },
  });
  return { requester, cab1, cab2, cab3, key: change.key, approved };
}

describe("moving a CAB-approved change", () => {
  it("to another day sends it back to the CAB, says why, and needs a fresh quorum", async () => {
    const { requester, cab1, cab2, cab3, key, approved } = await cabApproved(20);
    // Approved for Tuesday 21 May 2030 10:00–12:00; the requester schedules it for Thursday instead.
    const thursday = { plannedStart: at(tuesday(20), 10, 0, 2), plannedEnd: at(tuesday(20), 12, 0, 2) };
    const moved = await transition(requester.token, key, {
      version: version(approved),
      to: "SCHEDULED",
      ...thursday,
    });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({
      status: "IN_CAB_REVIEW",
      approvalRoute: "CAB",
      round: 2,
      approvals: [],
      approvedAt: null,
      scheduledAt: null,
      approvedWindow: null,
      ...thursday,
    });
    expect(await summaries(requester.token, key)).toContain(
      "Window moved outside the approved 21 May 2030, 10:00–12:00 UTC: back to CAB review",
    );
    expect(await auditActions(key)).toEqual([
      "change.create",
      "change.submit",
      "change.approve",
      "change.approve",
      "change.resubmit",
    ]);
    // The CAB is asked again; the requester is not.
    expect(await reviewNotices(cab3, key)).toBe(1);
    expect(await reviewNotices(requester, key)).toBe(0);

    // Not deployable on either day until it is approved again.
    expect((await gate(requester.token, key, at(tuesday(20), 10, 30, 2))).json.allowed).toBe(false);
    expect(
      (await transition(requester.token, key, { version: version(moved), to: "SCHEDULED" })).status,
    ).toBe(422);

    // The first round's two approvals do not count: one approval in round 2 is one short of the quorum.
    const first = await vote(cab1.token, key, "APPROVE");
    expect(first.json).toMatchObject({
      status: "IN_CAB_REVIEW",
      round: 2,
      approvals: [expect.objectContaining({ approver: expect.objectContaining({ id: cab1.id }) as unknown })],
    });
    const second = await vote(cab2.token, key, "APPROVE");
    expect(second.json).toMatchObject({
      status: "APPROVED",
      approvedWindow: { start: thursday.plannedStart, end: thursday.plannedEnd },
    });
    expect(await db.changeApproval.count({ where: { change: { key } } })).toBe(4);

    const scheduled = await transition(requester.token, key, { version: version(second), to: "SCHEDULED" });
    expect(scheduled.json).toMatchObject({ status: "SCHEDULED", ...thursday });
    expect((await gate(requester.token, key, at(tuesday(20), 10, 30, 2))).json).toMatchObject({
      allowed: true,
      reasons: [],
    });
  });

  it("inside the approved window keeps it approved and schedules it; narrowing it later keeps it scheduled", async () => {
    const { requester, key, approved } = await cabApproved(21);
    const inside = slot(tuesday(21), 10, 30, 60);
    const scheduled = await transition(requester.token, key, {
      version: version(approved),
      to: "SCHEDULED",
      ...inside,
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.json).toMatchObject({
      status: "SCHEDULED",
      round: 1,
      ...inside,
      approvedWindow: { start: at(tuesday(21), 10), end: at(tuesday(21), 12) },
    });

    // Still inside what the CAB approved, though wider than the slot scheduled.
    const edited = await patchChange(requester.token, key, {
      version: version(scheduled),
      title: "Renamed after approval",
      ...slot(tuesday(21), 11, 0, 60),
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({
      status: "SCHEDULED",
      round: 1,
      title: "Renamed after approval",
      ...slot(tuesday(21), 11, 0, 60),
    });
    expect((await summaries(requester.token, key)).some((s) => String(s).includes("back to"))).toBe(false);

    // One minute past the approved end: back to the CAB.
    const late = await patchChange(requester.token, key, {
      version: version(edited),
      ...slot(tuesday(21), 11, 1, 60),
    });
    expect(late.status).toBe(200);
    expect(late.json).toMatchObject({ status: "IN_CAB_REVIEW", round: 2, approvals: [], scheduledAt: null });
    expect(await summaries(requester.token, key)).toContain(
      "Window moved outside the approved 28 May 2030, 10:00–12:00 UTC: back to CAB review",
    );
  });

  it("with a stale version is refused and changes nothing", async () => {
    const { requester, key, approved } = await cabApproved(22);
    const stale = await transition(requester.token, key, {
      version: version(approved) - 1,
      to: "SCHEDULED",
      ...slot(tuesday(22), 10, 0, 60),
    });
    expect(stale.status).toBe(409);
    const stalePatch = await patchChange(requester.token, key, {
      version: version(approved) - 1,
      plannedStart: at(tuesday(22), 10, 0, 2),
      plannedEnd: at(tuesday(22), 11, 0, 2),
    });
    expect(stalePatch.status).toBe(409);
    expect((await getChange(requester.token, key)).json).toMatchObject({
      status: "APPROVED",
      round: 1,
      version: version(approved),
    });
  });
});

describe("editing an approved change", () => {
  it("changing its plan sends it back for approval", async () => {
    const { requester, key, approved } = await cabApproved(23);
    const edited = await patchChange(requester.token, key, {
      version: version(approved),
      rollbackPlan: "Restore from last night's snapshot",
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({
      status: "IN_CAB_REVIEW",
      round: 2,
      approvals: [],
      rollbackPlan: "Restore from last night's snapshot",
    });
    expect(await summaries(requester.token, key)).toContain(
      "Plans changed since approval: back to CAB review",
    );
    expect((await auditActions(key)).at(-1)).toBe("change.resubmit");
  });

  it("changing its services or environment sends it back; its category cannot change", async () => {
    const { requester, key, approved } = await cabApproved(24);
    const category = await patchChange(requester.token, key, {
      version: version(approved),
      category: "STANDARD",
    });
    expect(category.status).toBe(422);
    expect((category.json.errors as Json[]).map((e) => e.path)).toEqual(["category"]);
    const staging = await patchChange(requester.token, key, {
      version: version(approved),
      environment: "STAGING",
    });
    expect(staging.json).toMatchObject({ status: "IN_CAB_REVIEW", round: 2, environment: "STAGING" });
    expect(await summaries(requester.token, key)).toContain(
      "Environment changed from production to staging: back to CAB review",
    );
  });

  it("a scheduled change narrowed into a freeze is refused; a running one cannot be edited", async () => {
    const { requester, key, approved } = await cabApproved(25);
    const scheduled = await transition(requester.token, key, { version: version(approved), to: "SCHEDULED" });
    expect(scheduled.json.status).toBe("SCHEDULED");
    const manager = await createTestUser(["OPS_MANAGER"]);
    await db.changeFreeze.create({
      data: {
        title: "Board demo",
        startsAt: new Date(at(tuesday(25), 11)),
        endsAt: new Date(at(tuesday(25), 12)),
        environments: [],
        createdById: manager.id,
      },
    });
    const intoFreeze = await patchChange(requester.token, key, {
      version: version(scheduled),
      ...slot(tuesday(25), 11, 0, 30),
    });
    expect(intoFreeze.status).toBe(422);
    expect(intoFreeze.json.detail).toBe("The planned time overlaps a change freeze (Board demo)");
    const running = await transition(requester.token, key, {
      version: version(scheduled),
      to: "IMPLEMENTING",
    });
    const edit = await patchChange(requester.token, key, { version: version(running), title: "Too late" });
    expect(edit.status).toBe(422);
    expect(edit.json.detail).toBe(
      `${key} is implementing; only a draft, or an approved or scheduled change, can be edited`,
    );
  });

  it("making one of its approvers the implementer sends it back", async () => {
    const { requester, cab1, key, approved } = await cabApproved(26);
    const edited = await patchChange(requester.token, key, {
      version: version(approved),
      implementerId: cab1.id,
    });
    expect(edited.json).toMatchObject({ status: "IN_CAB_REVIEW", round: 2 });
    // Now the implementer, cab1 may not vote in the new round.
    expect((await vote(cab1.token, key, "APPROVE")).status).toBe(403);
  });
});

describe("the other routes", () => {
  it("a technically reviewed change goes back to technical review", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const change = await createTestChange(
      requester,
      { riskAnswers: MEDIUM_ANSWERS, ...slot(tuesday(27), 10, 0, 60) },
      { submit: true },
    );
    expect(change.approvalRoute).toBe("TECHNICAL_REVIEW");
    const approved = await vote(manager.token, change.key, "APPROVE");
    expect(approved.json.status).toBe("APPROVED");
    const moved = await transition(requester.token, change.key, {
      version: version(approved),
      to: "SCHEDULED",
      ...slot(tuesday(27), 12, 0, 60),
    });
    expect(moved.json).toMatchObject({
      status: "IN_TECHNICAL_REVIEW",
      approvalRoute: "TECHNICAL_REVIEW",
      round: 2,
      approvals: [],
    });
    expect(await summaries(requester.token, change.key)).toContain(
      "Window moved outside the approved 9 Jul 2030, 10:00–11:00 UTC: back to technical review",
    );
    const again = await vote(manager.token, change.key, "APPROVE");
    expect(again.json).toMatchObject({ status: "APPROVED", round: 2 });
  });

  it("an automatically approved change is approved again automatically, as its own round, and scheduled", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const change = await createTestChange(
      requester,
      { category: "STANDARD", ...slot(tuesday(28), 10, 0, 60) },
      { submit: true },
    );
    expect(change).toMatchObject({ status: "APPROVED", approvalRoute: "AUTO", round: 1 });
    const thursday = slot(tuesday(28), 12, 0, 60);
    const moved = await transition(requester.token, change.key, {
      version: change.version,
      to: "SCHEDULED",
      ...thursday,
    });
    expect(moved.json).toMatchObject({
      status: "SCHEDULED",
      round: 2,
      ...thursday,
      approvedWindow: { start: thursday.plannedStart, end: thursday.plannedEnd },
    });
    expect(await summaries(requester.token, change.key)).toContain(
      "Window moved outside the approved 16 Jul 2030, 10:00–11:00 UTC: approved again automatically",
    );
  });

  it("an authorized emergency moved outside its approval loses the authorization until an ops manager gives it again", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    // Saturday 02:00–03:00, outside every production window: only an authorized emergency may go then.
    const change = await createTestChange(
      requester,
      { category: "EMERGENCY", plannedStart: at(tuesday(29), 2, 0, 4), plannedEnd: at(tuesday(29), 3, 0, 4) },
      { submit: true },
    );
    const authorized = await vote(manager.token, change.key, "APPROVE", "Customer data at risk");
    expect(authorized.json).toMatchObject({ status: "APPROVED", emergencyAuthorizedBy: { id: manager.id } });
    const sunday = { plannedStart: at(tuesday(29), 2, 0, 5), plannedEnd: at(tuesday(29), 3, 0, 5) };
    const moved = await transition(requester.token, change.key, {
      version: version(authorized),
      to: "SCHEDULED",
      ...sunday,
    });
    expect(moved.json).toMatchObject({
      status: "IN_CAB_REVIEW",
      approvalRoute: "EMERGENCY_CAB",
      round: 2,
      emergencyAuthorizedBy: null,
      ...sunday,
    });
    expect(moved.json.windowProblems).toEqual([
      "The planned time is not inside one production deployment window",
    ]);
    expect(await summaries(requester.token, change.key)).toContain(
      "Window moved outside the approved 27 Jul 2030, 02:00–03:00 UTC: back to the emergency CAB",
    );
    const again = await vote(manager.token, change.key, "APPROVE", "Still urgent");
    expect(again.json).toMatchObject({
      status: "APPROVED",
      emergencyAuthorizedBy: { id: manager.id },
      windowProblems: [],
    });
  });
});
