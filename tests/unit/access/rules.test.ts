import { describe, expect, it } from "vitest";
import {
  ACCESS_STATUSES,
  approvalsRequired,
  canDecide,
  canMove,
  checkProposedExpiry,
  decide,
  isExpiringSoon,
  requestedExpiry,
  type AccessStatus,
  type Decision,
} from "@/lib/access/rules";

const DAY = 86_400_000;
const NOW = new Date("2026-03-02T10:00:00.000Z");
const ALLOWED = new Set([
  "PENDING→APPROVED",
  "PENDING→DENIED",
  "PENDING→CANCELLED",
  "APPROVED→EXPIRED",
  "APPROVED→REVOKED",
]);
const pairs = ACCESS_STATUSES.flatMap((from) =>
  ACCESS_STATUSES.map((to) => [from, to] as [AccessStatus, AccessStatus]),
);

describe("canMove: all 6×6 status pairs", () => {
  it("covers 36 pairs, 5 of them allowed", () => {
    expect(pairs).toHaveLength(36);
    expect(pairs.filter(([from, to]) => canMove(from, to))).toHaveLength(5);
  });
  it.each(pairs)("%s → %s", (from, to) => {
    expect(canMove(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
  });
});

describe("canDecide: separation of duties", () => {
  const request = { requestedById: "requester", requestedForId: "grantee" };
  it("refuses the requester", () => {
    expect(canDecide("requester", request)).toEqual({
      ok: false,
      reason: "You cannot decide an access request you made",
    });
  });
  it("refuses the person the access is for", () => {
    expect(canDecide("grantee", request)).toEqual({
      ok: false,
      reason: "You cannot decide an access request for yourself",
    });
  });
  it("refuses someone who asked for themselves", () => {
    expect(canDecide("self", { requestedById: "self", requestedForId: "self" }).ok).toBe(false);
  });
  it("allows anyone else", () => {
    expect(canDecide("security", request)).toEqual({ ok: true });
  });
});

const approve = (deciderId: string, expiresAt: Date | null = null): Decision => ({
  deciderId,
  decision: "APPROVE",
  expiresAt,
});
const deny = (deciderId: string): Decision => ({ deciderId, decision: "DENY", expiresAt: null });

describe("decide", () => {
  it("needs one approval for READ and WRITE, two for ADMIN", () => {
    expect([approvalsRequired("READ"), approvalsRequired("WRITE"), approvalsRequired("ADMIN")]).toEqual([
      1, 1, 2,
    ]);
  });

  it.each(["READ", "WRITE"] as const)("grants %s on one approval, for the requested duration", (type) => {
    expect(decide(type, 7, [approve("a")], NOW)).toEqual({
      status: "APPROVED",
      approvals: 1,
      needed: 1,
      expiresAt: new Date(NOW.getTime() + 7 * DAY),
    });
  });

  it("stays pending with no decision", () => {
    expect(decide("READ", 7, [], NOW)).toEqual({
      status: "PENDING",
      approvals: 0,
      needed: 1,
      expiresAt: null,
    });
  });

  it("keeps ADMIN pending on one approval and grants it on a second, distinct approver", () => {
    expect(decide("ADMIN", 3, [approve("a")], NOW)).toEqual({
      status: "PENDING",
      approvals: 1,
      needed: 2,
      expiresAt: null,
    });
    expect(decide("ADMIN", 3, [approve("a"), approve("b")], NOW)).toEqual({
      status: "APPROVED",
      approvals: 2,
      needed: 2,
      expiresAt: new Date(NOW.getTime() + 3 * DAY),
    });
  });

  it("counts the same approver twice once", () => {
    expect(decide("ADMIN", 3, [approve("a"), approve("a")], NOW)).toMatchObject({
      status: "PENDING",
      approvals: 1,
    });
  });

  it("counts a person's first decision: a later deny by someone who approved does not count", () => {
    expect(decide("ADMIN", 3, [approve("a"), deny("a")], NOW)).toMatchObject({
      status: "PENDING",
      approvals: 1,
    });
  });

  it("denies on one denial, whatever approvals there are", () => {
    expect(decide("READ", 7, [deny("a")], NOW)).toEqual({
      status: "DENIED",
      approvals: 0,
      needed: 1,
      expiresAt: null,
    });
    expect(decide("ADMIN", 7, [approve("a"), deny("b")], NOW)).toMatchObject({
      status: "DENIED",
      approvals: 1,
      expiresAt: null,
    });
    expect(decide("WRITE", 7, [approve("a"), deny("b")], NOW)).toMatchObject({ status: "DENIED" });
  });

  it("expires at the earliest expiry an approver set", () => {
    const inTwoDays = new Date(NOW.getTime() + 2 * DAY);
    const inOneDay = new Date(NOW.getTime() + DAY);
    expect(decide("ADMIN", 7, [approve("a", inTwoDays), approve("b", inOneDay)], NOW).expiresAt).toEqual(
      inOneDay,
    );
    expect(decide("ADMIN", 7, [approve("a", inTwoDays), approve("b")], NOW).expiresAt).toEqual(inTwoDays);
    expect(decide("READ", 7, [approve("a", inOneDay)], NOW).expiresAt).toEqual(inOneDay);
  });

  it("never lets an approver's expiry run past the requested duration", () => {
    const tooLate = new Date(NOW.getTime() + 30 * DAY);
    expect(decide("READ", 7, [approve("a", tooLate)], NOW).expiresAt).toEqual(
      new Date(NOW.getTime() + 7 * DAY),
    );
  });
});

describe("checkProposedExpiry", () => {
  const cap = requestedExpiry(NOW, 7);
  it("refuses the past and the present", () => {
    expect(checkProposedExpiry(new Date(NOW.getTime() - 1), NOW, 7)).toEqual({
      ok: false,
      reason: "The expiry must be in the future",
    });
    expect(checkProposedExpiry(NOW, NOW, 7)).toEqual({
      ok: false,
      reason: "The expiry must be in the future",
    });
  });
  it("accepts 1 ms from now and exactly the requested duration", () => {
    expect(checkProposedExpiry(new Date(NOW.getTime() + 1), NOW, 7)).toEqual({ ok: true });
    expect(cap.getTime()).toBe(NOW.getTime() + 7 * DAY);
    expect(checkProposedExpiry(cap, NOW, 7)).toEqual({ ok: true });
  });
  it("refuses 1 ms past the requested duration", () => {
    expect(checkProposedExpiry(new Date(cap.getTime() + 1), NOW, 7)).toEqual({
      ok: false,
      reason: "The expiry can only shorten the requested 7 days",
    });
    expect(checkProposedExpiry(new Date(NOW.getTime() + DAY + 1), NOW, 1)).toEqual({
      ok: false,
      reason: "The expiry can only shorten the requested 1 day",
    });
  });
});

describe("isExpiringSoon", () => {
  const grant = (status: AccessStatus, inMs: number | null) => ({
    status,
    expiresAt: inMs === null ? null : new Date(NOW.getTime() + inMs),
  });
  it("is an approved grant expiring within 7 days, not one already past", () => {
    expect(isExpiringSoon(grant("APPROVED", 7 * DAY), NOW)).toBe(true);
    expect(isExpiringSoon(grant("APPROVED", 7 * DAY + 1), NOW)).toBe(false);
    expect(isExpiringSoon(grant("APPROVED", 0), NOW)).toBe(false);
    expect(isExpiringSoon(grant("REVOKED", DAY), NOW)).toBe(false);
    expect(isExpiringSoon(grant("APPROVED", null), NOW)).toBe(false);
  });
});
