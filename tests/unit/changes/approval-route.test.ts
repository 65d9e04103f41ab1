import { describe, expect, it } from "vitest";
import {
  canVote,
  routeFor,
  tallyVotes,
  type ApprovalRoute,
  type Vote,
  type VotingContext,
} from "@/lib/changes/approval-route";
import type { ChangeCategory, RiskLevel } from "@/lib/changes/types";

describe("routeFor: every category × level", () => {
  it.each<[ChangeCategory, RiskLevel, ApprovalRoute]>([
    ["STANDARD", "LOW", "AUTO"],
    ["STANDARD", "MEDIUM", "AUTO"],
    ["STANDARD", "HIGH", "AUTO"],
    ["NORMAL", "LOW", "AUTO"],
    ["NORMAL", "MEDIUM", "TECHNICAL_REVIEW"],
    ["NORMAL", "HIGH", "CAB"],
    ["MAJOR", "LOW", "CAB"],
    ["MAJOR", "MEDIUM", "CAB"],
    ["MAJOR", "HIGH", "CAB"],
    ["EMERGENCY", "LOW", "EMERGENCY_CAB"],
    ["EMERGENCY", "MEDIUM", "EMERGENCY_CAB"],
    ["EMERGENCY", "HIGH", "EMERGENCY_CAB"],
  ])("%s / %s → %s", (category, level, route) => {
    expect(routeFor(category, level)).toBe(route);
  });
});

const ctx: VotingContext = {
  requesterId: "req",
  implementerId: "impl",
  voterRoles: {
    req: ["CAB_MEMBER"],
    impl: ["CAB_MEMBER"],
    cab1: ["CAB_MEMBER"],
    cab2: ["CAB_MEMBER"],
    cab3: ["CAB_MEMBER"],
    mgr: ["OPS_MANAGER"],
    eng: ["ENGINEER"],
  },
};
const approve = (voterId: string): Vote => ({ voterId, decision: "APPROVE" });
const reject = (voterId: string): Vote => ({ voterId, decision: "REJECT" });

describe("canVote", () => {
  it("refuses the requester and the implementer even when they are CAB members", () => {
    const r = canVote("CAB", "req", ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/requester/);
    const i = canVote("CAB", "impl", ctx);
    expect(i.ok).toBe(false);
    if (!i.ok) expect(i.reason).toMatch(/implementer/);
  });
  it.each<[ApprovalRoute, string, boolean]>([
    ["CAB", "cab1", true],
    ["CAB", "mgr", false],
    ["CAB", "eng", false],
    ["TECHNICAL_REVIEW", "cab1", true],
    ["TECHNICAL_REVIEW", "mgr", true],
    ["TECHNICAL_REVIEW", "eng", false],
    ["EMERGENCY_CAB", "mgr", true],
    ["EMERGENCY_CAB", "cab1", false],
    ["AUTO", "cab1", false],
    ["CAB", "unknown", false],
  ])("%s: %s may vote = %s", (route, voter, ok) => {
    expect(canVote(route, voter, ctx).ok).toBe(ok);
  });
});

describe("tallyVotes", () => {
  it("CAB needs the default quorum of 2 distinct members", () => {
    expect(tallyVotes("CAB", [approve("cab1")], ctx).decision).toBe("PENDING");
    expect(tallyVotes("CAB", [approve("cab1"), approve("cab2")], ctx)).toMatchObject({
      decision: "APPROVED",
      approvals: 2,
      needed: 2,
    });
  });
  it("20 identical votes from one person count once", () => {
    const votes = Array.from({ length: 20 }, () => approve("cab1"));
    const tally = tallyVotes("CAB", votes, ctx);
    expect(tally.decision).toBe("PENDING");
    expect(tally.approvals).toBe(1);
    expect(tally.counted).toHaveLength(1);
  });
  it("a configurable quorum is honoured", () => {
    const q3 = { ...ctx, quorum: 3 };
    expect(tallyVotes("CAB", [approve("cab1"), approve("cab2")], q3).decision).toBe("PENDING");
    expect(tallyVotes("CAB", [approve("cab1"), approve("cab2"), approve("cab3")], q3).decision).toBe(
      "APPROVED",
    );
  });
  it("a quorum below 1 still needs one approval", () => {
    expect(tallyVotes("CAB", [], { ...ctx, quorum: 0 }).decision).toBe("PENDING");
  });
  it("one eligible rejection rejects, even after the quorum was met", () => {
    expect(tallyVotes("CAB", [approve("cab1"), approve("cab2"), reject("cab3")], ctx).decision).toBe(
      "REJECTED",
    );
  });
  it("a resent vote does not change a person's first vote", () => {
    expect(tallyVotes("CAB", [approve("cab1"), reject("cab1"), approve("cab2")], ctx).decision).toBe(
      "APPROVED",
    );
  });
  it("requester, implementer and ineligible roles are not counted, approvals or rejections", () => {
    const tally = tallyVotes(
      "CAB",
      [approve("req"), approve("impl"), approve("mgr"), reject("eng"), approve("cab1")],
      ctx,
    );
    expect(tally.decision).toBe("PENDING");
    expect(tally.counted).toEqual([approve("cab1")]);
  });
  it("technical review needs one CAB member or ops manager", () => {
    expect(tallyVotes("TECHNICAL_REVIEW", [], ctx).decision).toBe("PENDING");
    expect(tallyVotes("TECHNICAL_REVIEW", [approve("mgr")], ctx).decision).toBe("APPROVED");
    expect(tallyVotes("TECHNICAL_REVIEW", [reject("cab2")], ctx).decision).toBe("REJECTED");
  });
  it("emergency CAB needs one ops manager; a CAB member does not suffice", () => {
    expect(tallyVotes("EMERGENCY_CAB", [approve("cab1")], ctx).decision).toBe("PENDING");
    expect(tallyVotes("EMERGENCY_CAB", [approve("mgr")], ctx).decision).toBe("APPROVED");
  });
  it("AUTO is approved without votes", () => {
    expect(tallyVotes("AUTO", [], ctx).decision).toBe("APPROVED");
  });
});
