import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, unique } from "../factories";
import {
  cancelAccess,
  decideAccess,
  getAccess,
  listAccess,
  requestAccess,
  revokeAccess,
  type AccessRequestJson,
} from "../helpers/access";

type Json = Record<string, unknown>;
type User = Awaited<ReturnType<typeof createTestUser>>;
const DAY = 86_400_000;

const auditActions = async (id: string) =>
  (
    await db.auditLog.findMany({
      where: { entityType: "access_request", entityId: id },
      orderBy: { id: "asc" },
    })
  ).map((a) => a.action);
const notificationsOf = (user: User, kind: string, id: string) =>
  db.notification.findMany({ where: { userId: user.id, kind, link: `/access/${id}` } });
const ids = (items: Json[] | undefined) => (items ?? []).map((i) => i.id);

// A pending request made by `requester` (for themselves unless `requestedFor` is given).
async function pending(requester: User, body: Json = {}): Promise<AccessRequestJson> {
  const res = await requestAccess(requester.token, body);
  expect(res.status).toBe(201);
  return res.json;
}

// An approved READ grant for `grantee`, approved by `approver`.
async function grant(
  grantee: User,
  approver: User,
  body: Json = {},
  expiresAt?: string,
): Promise<AccessRequestJson> {
  const request = await pending(grantee, body);
  const res = await decideAccess(approver.token, request.id, { decision: "APPROVE", expiresAt });
  expect(res.status).toBe(200);
  expect(res.json.status).toBe("APPROVED");
  return res.json as AccessRequestJson;
}

describe("requesting access", () => {
  it("for oneself: 201 PENDING, audited, and every decider but the requester is notified", async () => {
    const security = await createTestUser(["SECURITY"]);
    const requester = await createTestUser(["SECURITY"]);
    const resource = unique("payments-db");
    const res = await requestAccess(requester.token, {
      accessType: "WRITE",
      resources: [resource, resource],
      durationDays: 3,
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      requestedBy: { id: requester.id, name: requester.name },
      requestedFor: { id: requester.id, name: requester.name },
      accessType: "WRITE",
      resources: [resource],
      durationDays: 3,
      status: "PENDING",
      approvals: [],
      approvalsNeeded: 1,
      expiresAt: null,
      decidedAt: null,
      version: 1,
    });
    expect(await auditActions(res.json.id)).toEqual(["access_request.create"]);
    expect(await notificationsOf(security, "ACCESS_REQUESTED", res.json.id)).toHaveLength(1);
    expect(await notificationsOf(requester, "ACCESS_REQUESTED", res.json.id)).toHaveLength(0);
  });

  it("for a colleague (requestedFor): 201 PENDING, the colleague sees it; an unknown or deactivated person is 422", async () => {
    const lead = await createTestUser(["ENGINEER"]);
    const colleague = await createTestUser(["ENGINEER"]);
    const res = await requestAccess(lead.token, { requestedFor: colleague.id });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      requestedBy: { id: lead.id },
      requestedFor: { id: colleague.id },
      status: "PENDING",
    });
    expect((await getAccess(colleague.token, res.json.id)).json).toMatchObject({
      id: res.json.id,
      status: "PENDING",
    });

    const nobody = await requestAccess(lead.token, { requestedFor: "00000000-0000-4000-8000-000000000000" });
    expect(nobody.status).toBe(422);
    expect(nobody.json.errors).toEqual([{ path: "requestedFor", message: "Not an active user" }]);
    const leaver = await createTestUser(["ENGINEER"]);
    await db.user.update({ where: { id: leaver.id }, data: { isActive: false } });
    expect((await requestAccess(lead.token, { requestedFor: leaver.id })).status).toBe(422);
  });

  it("refuses a duration past 90 days and a justification too short to read", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const tooLong = await requestAccess(engineer.token, { durationDays: 91 });
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.errors).toEqual([{ path: "durationDays", message: "At most 90 days" }]);
    expect((await requestAccess(engineer.token, { justification: "pls" })).status).toBe(422);
  });
});

describe("cancelling", () => {
  it("lets the requester cancel a pending request once; a second cancel is 422", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const request = await pending(engineer);
    const res = await cancelAccess(engineer.token, request.id, request.version);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "CANCELLED", version: 2, endReason: null });
    expect(res.json.endedAt).not.toBeNull();

    const again = await cancelAccess(engineer.token, request.id, 2);
    expect(again.status).toBe(422);
    expect(again.json.detail).toBe("The request is cancelled; only a pending request can be cancelled");
    expect(await auditActions(request.id)).toEqual(["access_request.create", "access_request.cancel"]);
  });

  it("refuses to cancel a decided request (422)", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const approved = await grant(engineer, security);
    const res = await cancelAccess(engineer.token, approved.id, approved.version);
    expect(res.status).toBe(422);
    expect(res.json.detail).toBe("The request is approved; only a pending request can be cancelled");

    const denied = await pending(engineer);
    const deny = await decideAccess(security.token, denied.id, {
      decision: "DENY",
      comment: "Use the read replica",
    });
    expect(
      (await cancelAccess(engineer.token, denied.id, (deny.json as AccessRequestJson).version)).status,
    ).toBe(422);
  });

  it("is only the requester's: the colleague it is for and security get 403, anyone else 404", async () => {
    const lead = await createTestUser(["ENGINEER"]);
    const colleague = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const stranger = await createTestUser(["ENGINEER"]);
    const request = await pending(lead, { requestedFor: colleague.id });

    const byColleague = await cancelAccess(colleague.token, request.id, request.version);
    expect(byColleague.status).toBe(403);
    expect(byColleague.json.detail).toBe("Only the requester can cancel a request");
    expect((await cancelAccess(security.token, request.id, request.version)).status).toBe(403);
    expect((await cancelAccess(stranger.token, request.id, request.version)).status).toBe(404);
    expect((await getAccess(lead.token, request.id)).json).toMatchObject({ status: "PENDING", version: 1 });
  });

  it("refuses a stale version with 409", async () => {
    const engineer = await createTestUser(["SECURITY"]);
    const first = await createTestUser(["SECURITY"]);
    const request = await pending(engineer, { accessType: "ADMIN" });
    expect((await decideAccess(first.token, request.id, { decision: "APPROVE" })).json).toMatchObject({
      status: "PENDING",
      version: 2,
    });
    const stale = await cancelAccess(engineer.token, request.id, 1);
    expect(stale.status).toBe(409);
    expect((await cancelAccess(engineer.token, request.id, 2)).json).toMatchObject({
      status: "CANCELLED",
      version: 3,
    });
  });
});

describe("separation of duties", () => {
  it("refuses a security user who requested it, whoever it is for (403), and records nothing", async () => {
    const security = await createTestUser(["SECURITY"]);
    const colleague = await createTestUser(["ENGINEER"]);
    const forColleague = await pending(security, { requestedFor: colleague.id });
    const res = await decideAccess(security.token, forColleague.id, { decision: "APPROVE" });
    expect(res.status).toBe(403);
    expect(res.json.detail).toBe("You cannot decide an access request you made");

    const forSelf = await pending(security);
    expect((await decideAccess(security.token, forSelf.id, { decision: "APPROVE" })).status).toBe(403);
    expect(
      await db.accessApproval.count({ where: { requestId: { in: [forColleague.id, forSelf.id] } } }),
    ).toBe(0);
  });

  it("refuses the security user the access is for (403), also when denying", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const request = await pending(engineer, { requestedFor: security.id, accessType: "ADMIN" });
    const res = await decideAccess(security.token, request.id, { decision: "APPROVE" });
    expect(res.status).toBe(403);
    expect(res.json.detail).toBe("You cannot decide an access request for yourself");
    expect((await decideAccess(security.token, request.id, { decision: "DENY" })).status).toBe(403);
    expect((await getAccess(engineer.token, request.id)).json).toMatchObject({
      status: "PENDING",
      approvals: [],
      version: 1,
    });
  });

  it("refuses an engineer deciding at all (403)", async () => {
    const requester = await createTestUser(["ENGINEER"]);
    const engineer = await createTestUser(["ENGINEER"]);
    const request = await pending(requester);
    expect((await decideAccess(engineer.token, request.id, { decision: "APPROVE" })).status).toBe(403);
  });
});

describe("deciding", () => {
  it("grants READ on one approval for the requested duration, and tells the requester and grantee", async () => {
    const lead = await createTestUser(["ENGINEER"]);
    const colleague = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const request = await pending(lead, { requestedFor: colleague.id, durationDays: 5 });
    const before = Date.now();
    const res = await decideAccess(security.token, request.id, {
      decision: "APPROVE",
      comment: "For INC-42 only",
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: "APPROVED",
      version: 2,
      approvals: [
        expect.objectContaining({
          approver: { id: security.id, name: security.name },
          decision: "APPROVE",
          comment: "For INC-42 only",
          expiresAt: null,
        }),
      ],
    });
    const expiresAt = Date.parse(String(res.json.expiresAt));
    const decidedAt = Date.parse(String(res.json.decidedAt));
    expect(decidedAt).toBeGreaterThanOrEqual(before);
    expect(expiresAt - decidedAt).toBe(5 * DAY);
    expect(await notificationsOf(colleague, "ACCESS_APPROVED", request.id)).toHaveLength(1);
    expect(await notificationsOf(lead, "ACCESS_APPROVED", request.id)).toHaveLength(1);
    expect(await auditActions(request.id)).toEqual(["access_request.create", "access_request.approve"]);
  });

  it("keeps ADMIN pending on one approval; a resend by the same approver counts once; a second approver grants it", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const [first, second] = await Promise.all([createTestUser(["SECURITY"]), createTestUser(["ADMIN"])]);
    const request = await pending(engineer, { accessType: "ADMIN" });
    expect(request.approvalsNeeded).toBe(2);

    const one = await decideAccess(first.token, request.id, { decision: "APPROVE" });
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({ status: "PENDING", expiresAt: null, version: 2 });
    const resent = await decideAccess(first.token, request.id, { decision: "APPROVE" });
    expect(resent.status).toBe(200);
    expect(resent.json).toMatchObject({ status: "PENDING", version: 2 });
    expect(resent.json.approvals).toHaveLength(1);
    expect(await notificationsOf(engineer, "ACCESS_APPROVED", request.id)).toHaveLength(0);

    const two = await decideAccess(second.token, request.id, { decision: "APPROVE" });
    expect(two.json).toMatchObject({ status: "APPROVED", version: 3 });
    expect((two.json.approvals as Json[]).map((a) => (a.approver as Json).id)).toEqual([first.id, second.id]);
    expect(two.json.expiresAt).not.toBeNull();
    // Granting ADMIN raises the admin-access-granted anomaly, once.
    expect(
      await db.securityEvent.count({
        where: { type: "ANOMALY", rule: "admin-access-granted", ruleSubject: request.id },
      }),
    ).toBe(1);
  });

  it("counts ten concurrent identical approvals of an ADMIN request by one security user once", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const request = await pending(engineer, { accessType: "ADMIN" });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        decideAccess(security.token, request.id, { decision: "APPROVE", comment: "ok" }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 200));
    for (const r of results)
      expect(r.json).toMatchObject({
        status: "PENDING",
        approvals: [expect.objectContaining({ decision: "APPROVE" })],
      });
    expect(await db.accessApproval.count({ where: { requestId: request.id } })).toBe(1);
    expect((await getAccess(engineer.token, request.id)).json).toMatchObject({
      status: "PENDING",
      version: 2,
    });
    expect(await auditActions(request.id)).toEqual(["access_request.create", "access_request.approve"]);
  });

  it("grants ADMIN once when two approvers decide at the same moment", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const [first, second] = await Promise.all([createTestUser(["SECURITY"]), createTestUser(["SECURITY"])]);
    const request = await pending(engineer, { accessType: "ADMIN" });
    const results = await Promise.all(
      [first, second].map((u) => decideAccess(u.token, request.id, { decision: "APPROVE" })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(results.map((r) => r.json.status).sort()).toEqual(["APPROVED", "PENDING"]);
    expect((await getAccess(engineer.token, request.id)).json).toMatchObject({
      status: "APPROVED",
      version: 3,
    });
    expect(await notificationsOf(engineer, "ACCESS_APPROVED", request.id)).toHaveLength(1);
    expect(
      await db.securityEvent.count({ where: { rule: "admin-access-granted", ruleSubject: request.id } }),
    ).toBe(1);
  });

  it("denies on one denial; a later approval is 422 and a change of mind is 409", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const [denier, other] = await Promise.all([createTestUser(["SECURITY"]), createTestUser(["SECURITY"])]);
    const request = await pending(engineer, { accessType: "ADMIN" });
    const res = await decideAccess(denier.token, request.id, {
      decision: "DENY",
      comment: "Use break-glass instead",
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "DENIED", expiresAt: null });
    expect(await notificationsOf(engineer, "ACCESS_DENIED", request.id)).toEqual([
      expect.objectContaining({ body: "Use break-glass instead" }),
    ]);

    const late = await decideAccess(other.token, request.id, { decision: "APPROVE" });
    expect(late.status).toBe(422);
    expect(late.json.detail).toBe("The request is denied; only a pending request can be decided");

    const pendingOne = await pending(engineer, { accessType: "ADMIN" });
    await decideAccess(denier.token, pendingOne.id, { decision: "APPROVE" });
    const flip = await decideAccess(denier.token, pendingOne.id, { decision: "DENY" });
    expect(flip.status).toBe(409);
    expect(await db.accessApproval.count({ where: { requestId: pendingOne.id } })).toBe(1);
  });

  it("lets an approver shorten the expiry, and refuses lengthening it or a past one with 422", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const request = await pending(engineer, { durationDays: 7 });

    const longer = await decideAccess(security.token, request.id, {
      decision: "APPROVE",
      expiresAt: new Date(Date.now() + 8 * DAY).toISOString(),
    });
    expect(longer.status).toBe(422);
    expect(longer.json.errors).toEqual([
      { path: "expiresAt", message: "The expiry can only shorten the requested 7 days" },
    ]);
    const past = await decideAccess(security.token, request.id, {
      decision: "APPROVE",
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past.status).toBe(422);
    expect(past.json.errors).toEqual([{ path: "expiresAt", message: "The expiry must be in the future" }]);
    expect(await db.accessApproval.count({ where: { requestId: request.id } })).toBe(0);

    const shorter = new Date(Date.now() + 2 * DAY);
    const res = await decideAccess(security.token, request.id, {
      decision: "APPROVE",
      expiresAt: shorter.toISOString(),
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "APPROVED", expiresAt: shorter.toISOString() });
    expect((await db.accessRequest.findUniqueOrThrow({ where: { id: request.id } })).expiresAt).toEqual(
      shorter,
    );
  });

  it("records each decision as a SYSTEM_CHANGE security event about the grantee", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const request = await pending(engineer, { accessType: "WRITE" });
    await decideAccess(security.token, request.id, { decision: "APPROVE" });
    const events = await db.securityEvent.findMany({
      where: { type: "SYSTEM_CHANGE", details: { path: ["accessRequestId"], equals: request.id } },
    });
    expect(
      events.map((e) => [
        e.severity,
        e.userId,
        e.recordedById,
        (e.details as Json).decision,
        (e.details as Json).status,
      ]),
    ).toEqual([["MEDIUM", engineer.id, security.id, "APPROVE", "APPROVED"]]);
  });
});

describe("revoking", () => {
  it("ends an active grant with the reason: REVOKED, grantee and requester notified, audited", async () => {
    const lead = await createTestUser(["ENGINEER"]);
    const colleague = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const approved = await grant(lead, security, { requestedFor: colleague.id });

    const stale = await revokeAccess(security.token, approved.id, approved.version - 1, "Incident closed");
    expect(stale.status).toBe(409);
    const res = await revokeAccess(security.token, approved.id, approved.version, "Incident closed");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: "REVOKED",
      endReason: "Incident closed",
      version: approved.version + 1,
    });
    expect(res.json.endedAt).not.toBeNull();
    expect(await notificationsOf(colleague, "ACCESS_REVOKED", approved.id)).toEqual([
      expect.objectContaining({ body: "Incident closed" }),
    ]);
    expect(await notificationsOf(lead, "ACCESS_REVOKED", approved.id)).toHaveLength(1);
    expect(await auditActions(approved.id)).toEqual([
      "access_request.create",
      "access_request.approve",
      "access_request.revoke",
    ]);
    expect((await db.accessRequest.findUniqueOrThrow({ where: { id: approved.id } })).revokedById).toBe(
      security.id,
    );

    const again = await revokeAccess(security.token, approved.id, approved.version + 1);
    expect(again.status).toBe(422);
    expect(again.json.detail).toBe("The request is revoked; only an active grant can be revoked");
  });

  it("refuses revoking a pending request (422), without a reason (422), and by an engineer (403)", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const request = await pending(engineer);
    expect((await revokeAccess(security.token, request.id, request.version)).status).toBe(422);
    const approved = await grant(engineer, security);
    const noReason = await revokeAccess(security.token, approved.id, approved.version, "");
    expect(noReason.status).toBe(422);
    expect(noReason.json.errors).toEqual([{ path: "reason", message: "Give the reason" }]);
    expect((await revokeAccess(engineer.token, approved.id, approved.version)).status).toBe(403);
    expect((await getAccess(engineer.token, approved.id)).json).toMatchObject({ status: "APPROVED" });
  });
});

describe("who sees what", () => {
  it("shows an engineer only the requests they made or that are for them; security sees all", async () => {
    const [alice, bob, carol] = await Promise.all([
      createTestUser(["ENGINEER"]),
      createTestUser(["ENGINEER"]),
      createTestUser(["ENGINEER"]),
    ]);
    const security = await createTestUser(["SECURITY"]);
    const byAlice = await pending(alice);
    const forAlice = await pending(bob, { requestedFor: alice.id });
    const bobs = await pending(bob);
    const carols = await pending(carol);

    const aliceList = await listAccess(alice.token, { limit: "100" });
    expect(aliceList.status).toBe(200);
    expect(new Set(ids(aliceList.json.items))).toEqual(new Set([byAlice.id, forAlice.id]));
    expect(new Set(ids((await listAccess(bob.token, { limit: "100" })).json.items))).toEqual(
      new Set([forAlice.id, bobs.id]),
    );

    const all = ids((await listAccess(security.token, { limit: "100" })).json.items);
    expect(all).toEqual(expect.arrayContaining([byAlice.id, forAlice.id, bobs.id, carols.id]));
    const mine = await listAccess(security.token, { mine: "true" });
    expect(mine.json.items).toEqual([]);
  });

  it("answers 404 for someone else's request, 200 for security", async () => {
    const [owner, other] = await Promise.all([createTestUser(["ENGINEER"]), createTestUser(["ENGINEER"])]);
    const security = await createTestUser(["SECURITY"]);
    const request = await pending(owner);
    const res = await getAccess(other.token, request.id);
    expect(res.status).toBe(404);
    expect(res.json.detail).not.toContain(owner.email);
    expect((await getAccess(security.token, request.id)).json).toMatchObject({
      id: request.id,
      requestedBy: { id: owner.id },
    });
    expect((await getAccess(other.token, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("searches justifications and exact resource names; % and _ are characters, not wildcards", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const tag = unique("why");
    const resource = unique("ledger_db");
    const percent = await pending(engineer, { justification: `${tag}: CPU at 100% for an hour` });
    await pending(engineer, { justification: `${tag}: CPU at 1000 rps` });
    const underscore = await pending(engineer, { justification: `${tag}: the batch_job failed` });
    await pending(engineer, { justification: `${tag}: the batchXjob failed` });
    const byResource = await pending(engineer, { resources: [resource] });

    expect(ids((await listAccess(engineer.token, { q: tag.toUpperCase() })).json.items)).toHaveLength(4);
    expect(ids((await listAccess(engineer.token, { q: `${tag}: CPU at 100%` })).json.items)).toEqual([
      percent.id,
    ]);
    expect(ids((await listAccess(engineer.token, { q: `${tag}: the batch_job` })).json.items)).toEqual([
      underscore.id,
    ]);
    expect(ids((await listAccess(engineer.token, { q: resource })).json.items)).toEqual([byResource.id]);
  });

  it("lists approved grants expiring within 7 days, soonest first, and nothing else", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const inDays = (d: number) => new Date(Date.now() + d * DAY).toISOString();
    const inThree = await grant(engineer, security, { durationDays: 30 }, inDays(3));
    const inOne = await grant(engineer, security, { durationDays: 30 }, inDays(1));
    await grant(engineer, security, { durationDays: 30 }, inDays(10));
    const revoked = await grant(engineer, security, { durationDays: 30 }, inDays(2));
    await revokeAccess(security.token, revoked.id, revoked.version);
    await pending(engineer, { durationDays: 1 });

    const res = await listAccess(engineer.token, { expiringWithinDays: "7" });
    expect(res.status).toBe(200);
    expect(ids(res.json.items)).toEqual([inOne.id, inThree.id]);
    expect(res.json.nextCursor).toBeNull();

    const forSecurity =
      (await listAccess(security.token, { expiringWithinDays: "7", limit: "100" })).json.items ?? [];
    const times = forSecurity.map((i) => Date.parse(String(i.expiresAt)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(forSecurity.every((i) => i.status === "APPROVED")).toBe(true);
  });
});
