// Who must approve a change, and whether the votes so far decide it. Separation of duties: the
// requester and the implementer never vote, and a person's vote counts once however often it is sent.
import type { Role } from "@/lib/auth/permissions";
import type { ChangeCategory, RiskLevel } from "@/lib/changes/types";

export type ApprovalRoute = "AUTO" | "TECHNICAL_REVIEW" | "CAB" | "EMERGENCY_CAB";

export const DEFAULT_CAB_QUORUM = 2;

// Category first (EMERGENCY, MAJOR, STANDARD are decided by what the change is), then risk for NORMAL.
export function routeFor(category: ChangeCategory, level: RiskLevel): ApprovalRoute {
  if (category === "EMERGENCY") return "EMERGENCY_CAB";
  if (category === "MAJOR") return "CAB";
  if (category === "STANDARD") return "AUTO"; // pre-approved change types
  if (level === "LOW") return "AUTO";
  if (level === "MEDIUM") return "TECHNICAL_REVIEW";
  return "CAB";
}

export const ELIGIBLE_ROLES: Record<ApprovalRoute, readonly Role[]> = {
  AUTO: [],
  TECHNICAL_REVIEW: ["CAB_MEMBER", "OPS_MANAGER"],
  CAB: ["CAB_MEMBER"],
  EMERGENCY_CAB: ["OPS_MANAGER"],
};

export type VoteDecision = "APPROVE" | "REJECT";
export type Vote = { voterId: string; decision: VoteDecision };

export type VotingContext = {
  requesterId: string;
  implementerId: string | null;
  voterRoles: Readonly<Record<string, readonly Role[]>>;
  quorum?: number; // CAB only; the other routes need exactly one approval
};

export type VoteEligibility = { ok: true } | { ok: false; reason: string };

export function canVote(route: ApprovalRoute, voterId: string, ctx: VotingContext): VoteEligibility {
  if (route === "AUTO")
    return { ok: false, reason: "This change is approved automatically; it takes no votes" };
  if (voterId === ctx.requesterId)
    return { ok: false, reason: "The requester cannot vote on their own change" };
  if (ctx.implementerId !== null && voterId === ctx.implementerId)
    return { ok: false, reason: "The implementer cannot vote on the change they implement" };
  const roles = ctx.voterRoles[voterId] ?? [];
  if (!ELIGIBLE_ROLES[route].some((r) => roles.includes(r))) {
    return { ok: false, reason: `Only ${ELIGIBLE_ROLES[route].join(" or ")} can vote on this change` };
  }
  return { ok: true };
}

export function approvalsNeeded(route: ApprovalRoute, quorum = DEFAULT_CAB_QUORUM): number {
  if (route === "AUTO") return 0;
  // A quorum below 1 would let a CAB change pass with no approval at all.
  return route === "CAB" ? Math.max(1, Math.floor(quorum)) : 1;
}

export type ApprovalDecision = "PENDING" | "APPROVED" | "REJECTED";
export type Tally = { decision: ApprovalDecision; counted: Vote[]; approvals: number; needed: number };

// Votes in the order they were cast; a person's first vote is theirs, resends are ignored.
export function tallyVotes(route: ApprovalRoute, votes: readonly Vote[], ctx: VotingContext): Tally {
  const needed = approvalsNeeded(route, ctx.quorum);
  if (route === "AUTO") return { decision: "APPROVED", counted: [], approvals: 0, needed };
  const seen = new Set<string>();
  const counted: Vote[] = [];
  for (const vote of votes) {
    if (seen.has(vote.voterId) || !canVote(route, vote.voterId, ctx).ok) continue;
    seen.add(vote.voterId);
    counted.push(vote);
  }
  const approvals = counted.filter((v) => v.decision === "APPROVE").length;
  // One eligible rejection is enough: the CAB approves only without objection.
  if (counted.some((v) => v.decision === "REJECT"))
    return { decision: "REJECTED", counted, approvals, needed };
  return { decision: approvals >= needed ? "APPROVED" : "PENDING", counted, approvals, needed };
}
