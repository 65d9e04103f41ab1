import { describe, expect, it } from "vitest";
import * as freezeRoute from "@/app/api/change-freezes/[id]/route";
import * as timelineRoute from "@/app/api/changes/[key]/timeline/route";
import { db } from "@/lib/db";
import { call } from "../helpers/api";
import { createTestChange, createTestUser } from "../factories";
import {
  at,
  declareFreeze,
  gate,
  getChange,
  HIGH_ANSWERS,
  patchChange,
  slot,
  submit,
  transition,
  tuesday,
  vote,
} from "../helpers/changes";

type Json = Record<string, unknown>;
type User = Awaited<ReturnType<typeof createTestUser>>;

const auditActions = async (key: string) =>
  (
    await db.auditLog.findMany({ where: { entityType: "change", entityId: key }, orderBy: { id: "asc" } })
  ).map((a) => a.action);
// A standard change is approved on submit; planned on Tuesday `week` 10:00–11:00 unless told otherwise.
const approvedChange = (
  requester: User,
  week: number,
  overrides: Parameters<typeof createTestChange>[1] = {},
) =>
  createTestChange(
    requester,
    { category: "STANDARD", ...slot(tuesday(week), 10, 0, 60), ...overrides },
    { submit: true },
  );
const version = (res: { json: Json }) => Number(res.json.version);

describe("scheduling against the deployment windows", () => {
  // Production: Tuesday and Thursday, [10:00, 14:00) UTC.
  const day = tuesday(0);
  it.each([
    ["starting Tuesday 09:59", false, at(day, 9, 59), at(day, 10, 30)],
    ["starting Tuesday 10:00", true, at(day, 10, 0), at(day, 11, 0)],
    ["ending Tuesday 14:00", true, at(day, 13, 0), at(day, 14, 0)],
    ["from Tuesday 13:59 to 14:01", false, at(day, 13, 59), at(day, 14, 1)],
    ["on a Wednesday at 10:00", false, at(day, 10, 0, 1), at(day, 11, 0, 1)],
    ["on a Thursday at 10:00", true, at(day, 10, 0, 2), at(day, 11, 0, 2)],
  ])("%s: accepted = %s", async (_what, ok, plannedStart, plannedEnd) => {
    const engineer = await createTestUser(["ENGINEER"]);
    const change = await approvedChange(engineer, 0);
    const res = await transition(engineer.token, change.key, {
      version: change.version,
      to: "SCHEDULED",
      plannedStart,
      plannedEnd,
    });
    if (ok) {
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        status: "SCHEDULED",
        plannedStart: new Date(plannedStart).toISOString(),
        plannedEnd: new Date(plannedEnd).toISOString(),
        windowProblems: [],
      });
      expect(res.json.scheduledAt).not.toBeNull();
    } else {
      expect(res.status).toBe(422);
      expect(res.json.detail).toBe("The planned time is not inside one production deployment window");
      expect(res.json.errors).toEqual([
        { path: "plannedStart", message: "The planned time is not inside one production deployment window" },
      ]);
      expect((await getChange(engineer.token, change.key)).json).toMatchObject({
        status: "APPROVED",
        version: change.version,
        scheduledAt: null,
      });
    }
  });

  it("refuses a slot inside a declared freeze, naming it, until the freeze is lifted", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const day = tuesday(1);
    const freeze = await declareFreeze(manager.token, {
      title: "Quarter-end freeze",
      startsAt: at(day, 0),
      endsAt: at(day, 0, 0, 1),
    });
    expect(freeze.status).toBe(201);
    const stagingOnly = await declareFreeze(manager.token, {
      title: "Staging rebuild",
      startsAt: at(day, 0),
      endsAt: at(day, 0, 0, 1),
      environments: ["STAGING"],
    });
    expect(stagingOnly.status).toBe(201);
    const change = await approvedChange(engineer, 1);
    expect(change.windowProblems).toEqual(["The planned time overlaps a change freeze (Quarter-end freeze)"]);

    const refused = await transition(engineer.token, change.key, {
      version: change.version,
      to: "SCHEDULED",
    });
    expect(refused.status).toBe(422);
    expect(refused.json.detail).toBe("The planned time overlaps a change freeze (Quarter-end freeze)");

    const id = String(freeze.json.id);
    const stale = await call(freezeRoute.DELETE, "DELETE", `/api/change-freezes/${id}`, {
      token: manager.token,
      params: { id },
      query: { version: "2" },
    });
    expect(stale.status).toBe(409);
    expect(await db.changeFreeze.count({ where: { id } })).toBe(1);
    const lifted = await call(freezeRoute.DELETE, "DELETE", `/api/change-freezes/${id}`, {
      token: manager.token,
      params: { id },
      query: { version: "1" },
    });
    expect(lifted.status).toBe(204);
    expect(await db.auditLog.count({ where: { entityType: "change_freeze", entityId: id } })).toBe(2);

    // The staging freeze never applied to production.
    const scheduled = await transition(engineer.token, change.key, {
      version: change.version,
      to: "SCHEDULED",
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.json.status).toBe("SCHEDULED");
  });

  it("refuses to schedule a draft or without a valid range, and to close what has not run", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const draft = await createTestChange(engineer, { category: "STANDARD", ...slot(tuesday(2), 10, 0, 60) });
    const res = await transition(engineer.token, draft.key, { version: 1, to: "SCHEDULED" });
    expect(res.status).toBe(422);
    expect(res.json.detail).toBe("A change cannot go from DRAFT to SCHEDULED");
    const change = await approvedChange(engineer, 2);
    const backwards = await transition(engineer.token, change.key, {
      version: change.version,
      to: "SCHEDULED",
      ...slot(tuesday(2), 12, 0, 60),
      plannedEnd: at(tuesday(2), 11),
    });
    expect(backwards.status).toBe(422);
    expect((backwards.json.errors as Json[]).map((e) => e.path)).toEqual(["plannedEnd"]);
    // Closing is refused because of where the change is, not because of a field the client left out.
    const closeEarly = await transition(engineer.token, change.key, {
      version: change.version,
      to: "CLOSED",
      notes: "Done",
    });
    expect(closeEarly.status).toBe(422);
    expect(closeEarly.json.detail).toBe("A change cannot go from APPROVED to CLOSED");
    expect(closeEarly.json.errors).toBeUndefined();
  });
});

describe("the lifecycle through the API", () => {
  it("goes approved → scheduled → implementing → verifying → completed → closed, audited at every step", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const implementer = await createTestUser(["ENGINEER"]);
    const change = await approvedChange(requester, 3, { implementerId: implementer.id });
    expect(change).toMatchObject({ status: "APPROVED", allowedTransitions: ["SCHEDULED", "CANCELLED"] });

    const scheduled = await transition(requester.token, change.key, {
      version: change.version,
      to: "SCHEDULED",
    });
    expect(scheduled.json).toMatchObject({
      status: "SCHEDULED",
      allowedTransitions: ["IMPLEMENTING", "CANCELLED"],
    });
    const implementing = await transition(implementer.token, change.key, {
      version: version(scheduled),
      to: "IMPLEMENTING",
    });
    expect(implementing.json).toMatchObject({
      status: "IMPLEMENTING",
      allowedTransitions: ["VERIFYING", "ROLLED_BACK", "CANCELLED"],
    });
    expect(implementing.json.startedAt).not.toBeNull();
    const verifying = await transition(implementer.token, change.key, {
      version: version(implementing),
      to: "VERIFYING",
    });
    expect(verifying.json.status).toBe("VERIFYING");
    const completed = await transition(implementer.token, change.key, {
      version: version(verifying),
      to: "COMPLETED",
    });
    expect(completed.json).toMatchObject({ status: "COMPLETED", allowedTransitions: ["CLOSED"] });
    expect(completed.json.finishedAt).not.toBeNull();

    const cancelDone = await transition(requester.token, change.key, {
      version: version(completed),
      to: "CANCELLED",
    });
    expect(cancelDone.status).toBe(422);
    expect(cancelDone.json.detail).toBe("A change cannot go from COMPLETED to CANCELLED");

    const closed = await transition(requester.token, change.key, {
      version: version(completed),
      to: "CLOSED",
      notes: "Went smoothly",
    });
    expect(closed.status).toBe(200);
    expect(closed.json).toMatchObject({
      status: "CLOSED",
      closingNotes: "Went smoothly",
      reviewNotes: null,
      allowedTransitions: [],
    });
    expect(closed.json.closedAt).not.toBeNull();

    expect(await auditActions(change.key)).toEqual([
      "change.create",
      "change.submit",
      "change.scheduled",
      "change.implementing",
      "change.verifying",
      "change.completed",
      "change.closed",
    ]);
    const timeline = await call(timelineRoute.GET, "GET", "", {
      token: requester.token,
      params: { key: change.key },
    });
    expect((timeline.json.items as Json[]).map((e) => e.kind)).toEqual([
      "CREATED",
      "SUBMITTED",
      "STATUS_CHANGED",
      "STATUS_CHANGED",
      "STATUS_CHANGED",
      "STATUS_CHANGED",
      "STATUS_CHANGED",
    ]);
  });

  it("rolls back only with notes, keeps them, and tells the requester and the ops managers", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const implementer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const change = await approvedChange(requester, 4, { implementerId: implementer.id });
    const scheduled = await transition(implementer.token, change.key, {
      version: change.version,
      to: "SCHEDULED",
    });
    const implementing = await transition(implementer.token, change.key, {
      version: version(scheduled),
      to: "IMPLEMENTING",
    });

    for (const notes of [undefined, "   "]) {
      const bare = await transition(implementer.token, change.key, {
        version: version(implementing),
        to: "ROLLED_BACK",
        notes,
      });
      expect(bare.status).toBe(422);
      expect(bare.json.errors).toEqual([{ path: "notes", message: "Describe the rollback" }]);
    }
    expect(
      await db.notification.count({
        where: { kind: "CHANGE_ROLLED_BACK", title: { startsWith: change.key } },
      }),
    ).toBe(0);

    const rolledBack = await transition(implementer.token, change.key, {
      version: version(implementing),
      to: "ROLLED_BACK",
      notes: "Error rate doubled; redeployed v41",
    });
    expect(rolledBack.status).toBe(200);
    expect(rolledBack.json).toMatchObject({
      status: "ROLLED_BACK",
      rollbackNotes: "Error rate doubled; redeployed v41",
      allowedTransitions: ["CLOSED"],
    });
    expect(rolledBack.json.finishedAt).not.toBeNull();
    for (const user of [requester, manager]) {
      expect(
        await db.notification.findMany({ where: { userId: user.id, kind: "CHANGE_ROLLED_BACK" } }),
      ).toEqual([
        expect.objectContaining({
          title: `${change.key} was rolled back`,
          body: expect.stringContaining("Error rate doubled") as unknown,
        }),
      ]);
    }
    expect(
      await db.notification.count({ where: { userId: implementer.id, kind: "CHANGE_ROLLED_BACK" } }),
    ).toBe(0);
    expect((await auditActions(change.key)).at(-1)).toBe("change.rolled_back");
    expect(
      (await transition(implementer.token, change.key, { version: version(rolledBack), to: "CANCELLED" }))
        .status,
    ).toBe(422);
    expect(
      (await transition(implementer.token, change.key, { version: version(rolledBack), to: "CLOSED" })).json
        .status,
    ).toBe("CLOSED");
  });

  it("cancels from an open state, with the reason, and nothing moves it after", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const inReview = await createTestChange(
      requester,
      { riskAnswers: HIGH_ANSWERS, ...slot(tuesday(5), 10, 0, 60) },
      { submit: true },
    );
    const cancelled = await transition(requester.token, inReview.key, {
      version: inReview.version,
      to: "CANCELLED",
      notes: "Superseded by a vendor fix",
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({
      status: "CANCELLED",
      closingNotes: "Superseded by a vendor fix",
      allowedTransitions: [],
    });
    expect(
      (await transition(requester.token, inReview.key, { version: version(cancelled), to: "DRAFT" })).status,
    ).toBe(422);

    const scheduled = await approvedChange(requester, 5);
    const s = await transition(requester.token, scheduled.key, {
      version: scheduled.version,
      to: "SCHEDULED",
    });
    const byManager = await transition(manager.token, scheduled.key, {
      version: version(s),
      to: "CANCELLED",
    });
    expect(byManager.json.status).toBe("CANCELLED");
    expect((await auditActions(scheduled.key)).at(-1)).toBe("change.cancelled");
  });

  it("lets only the requester, the implementer, an ops manager or an admin move a change (403 for others)", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const implementer = await createTestUser(["ENGINEER"]);
    const [outsider, cab, manager, admin] = await Promise.all([
      createTestUser(["ENGINEER"]),
      createTestUser(["CAB_MEMBER"]),
      createTestUser(["OPS_MANAGER"]),
      createTestUser(["ADMIN"]),
    ]);
    const change = await approvedChange(requester, 6, { implementerId: implementer.id });
    const refusal = `Only the requester, the implementer or an ops manager can move ${change.key}`;
    for (const user of [outsider, cab]) {
      const res = await transition(user.token, change.key, { version: change.version, to: "CANCELLED" });
      expect(res.status).toBe(403);
      expect(res.json.detail).toBe(refusal);
    }
    expect((await getChange(outsider.token, change.key)).json).toMatchObject({
      status: "APPROVED",
      version: change.version,
      allowedTransitions: [],
    });

    const draft = await createTestChange(requester);
    expect((await patchChange(outsider.token, draft.key, { version: 1, title: "Hijacked" })).status).toBe(
      403,
    );
    expect((await submit(cab.token, draft.key, 1)).status).toBe(403);
    expect((await getChange(requester.token, draft.key)).json).toMatchObject({ status: "DRAFT", version: 1 });

    const byManager = await transition(manager.token, change.key, {
      version: change.version,
      to: "SCHEDULED",
    });
    expect(byManager.status).toBe(200);
    const byAdmin = await transition(admin.token, change.key, {
      version: version(byManager),
      to: "IMPLEMENTING",
    });
    expect(byAdmin.status).toBe(200);
    const byImplementer = await transition(implementer.token, change.key, {
      version: version(byAdmin),
      to: "VERIFYING",
    });
    expect(byImplementer.json.status).toBe("VERIFYING");
  });
});

describe("stale versions", () => {
  it("get 409 on submit and transitions, and nothing changes", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const draft = await createTestChange(engineer, { category: "STANDARD", ...slot(tuesday(7), 10, 0, 60) });
    await patchChange(engineer.token, draft.key, { version: 1, title: "Renamed draft" });
    const staleSubmit = await submit(engineer.token, draft.key, 1);
    expect(staleSubmit.status).toBe(409);
    expect((await getChange(engineer.token, draft.key)).json).toMatchObject({
      status: "DRAFT",
      version: 2,
      round: 0,
      submittedAt: null,
    });

    const approved = await submit(engineer.token, draft.key, 2);
    expect(approved.json).toMatchObject({ status: "APPROVED", version: 3 });
    const staleMove = await transition(engineer.token, draft.key, { version: 2, to: "SCHEDULED" });
    expect(staleMove.status).toBe(409);
    expect((await getChange(engineer.token, draft.key)).json).toMatchObject({
      status: "APPROVED",
      version: 3,
      scheduledAt: null,
    });
    expect(await auditActions(draft.key)).toEqual(["change.create", "change.update", "change.submit"]);
  });

  it("lets only one of two concurrent moves from the same version through", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const change = await approvedChange(engineer, 7);
    const [a, b] = await Promise.all([
      transition(engineer.token, change.key, { version: change.version, to: "SCHEDULED" }),
      transition(manager.token, change.key, { version: change.version, to: "CANCELLED" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? "SCHEDULED" : "CANCELLED";
    expect((await getChange(engineer.token, change.key)).json).toMatchObject({
      status: winner,
      version: change.version + 1,
    });
  });
});

describe("emergency changes", () => {
  it("are authorized by one ops manager, may go out of window and through a freeze, and close only after their review", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const [manager, cab] = await Promise.all([
      createTestUser(["OPS_MANAGER"]),
      createTestUser(["CAB_MEMBER"]),
    ]);
    const day = tuesday(8);
    await declareFreeze(manager.token, {
      title: "Release freeze",
      startsAt: at(day, 0, 0, 3),
      endsAt: at(day, 0, 0, 5),
    });
    // Saturday 02:00, inside the freeze and outside every production window.
    const change = await createTestChange(
      requester,
      { category: "EMERGENCY", plannedStart: at(day, 2, 0, 4), plannedEnd: at(day, 3, 0, 4) },
      { submit: true },
    );
    expect(change).toMatchObject({
      status: "IN_CAB_REVIEW",
      approvalRoute: "EMERGENCY_CAB",
      approvalsNeeded: 1,
      eligibleRoles: ["OPS_MANAGER"],
    });
    // Until it is authorized, the windows and freezes apply to it like to any change.
    expect(change.windowProblems).toEqual([
      "The planned time is not inside one production deployment window",
      "The planned time overlaps a change freeze (Release freeze)",
    ]);

    expect((await vote(cab.token, change.key, "APPROVE")).status).toBe(403);
    const authorized = await vote(manager.token, change.key, "APPROVE", "Customer data at risk");
    expect(authorized.json).toMatchObject({
      status: "APPROVED",
      emergencyAuthorizedBy: { id: manager.id, name: manager.name },
      windowProblems: [],
    });

    const scheduled = await transition(requester.token, change.key, {
      version: version(authorized),
      to: "SCHEDULED",
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.json.status).toBe("SCHEDULED");
    const open = await gate(requester.token, change.key, at(day, 2, 30, 4));
    expect(open.json).toEqual({ key: change.key, at: at(day, 2, 30, 4), allowed: true, reasons: [] });

    const implementing = await transition(requester.token, change.key, {
      version: version(scheduled),
      to: "IMPLEMENTING",
    });
    const verifying = await transition(requester.token, change.key, {
      version: version(implementing),
      to: "VERIFYING",
    });
    const completed = await transition(requester.token, change.key, {
      version: version(verifying),
      to: "COMPLETED",
    });
    expect(completed.json.status).toBe("COMPLETED");

    const noReview = await transition(requester.token, change.key, {
      version: version(completed),
      to: "CLOSED",
    });
    expect(noReview.status).toBe(422);
    expect(noReview.json.detail).toBe(
      "An emergency change needs its post-implementation review before it can be closed",
    );
    expect((noReview.json.errors as Json[]).map((e) => e.path)).toEqual(["notes"]);
    const closed = await transition(requester.token, change.key, {
      version: version(completed),
      to: "CLOSED",
      notes: "Root cause: expired cert. Add expiry alerting.",
    });
    expect(closed.status).toBe(200);
    expect(closed.json).toMatchObject({
      status: "CLOSED",
      reviewNotes: "Root cause: expired cert. Add expiry alerting.",
      closingNotes: null,
    });
  });
});
