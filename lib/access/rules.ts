// Access requests (handbook "Access Management", PRODUCT.md "Access requests"): who may decide, how
// many approvals a grant needs, when it expires, and which status changes exist. Pure; tested alone.
export const ACCESS_TYPES = ["READ", "WRITE", "ADMIN"] as const;
export type AccessType = (typeof ACCESS_TYPES)[number];
export const ACCESS_STATUSES = ["PENDING", "APPROVED", "DENIED", "CANCELLED", "EXPIRED", "REVOKED"] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];
export type AccessDecision = "APPROVE" | "DENY";

export const MAX_DURATION_DAYS = 90;
export const EXPIRING_SOON_DAYS = 7;
const DAY = 86_400_000;

// ADMIN access needs two people to agree; READ and WRITE one.
export const approvalsRequired = (type: AccessType) => (type === "ADMIN" ? 2 : 1);

export const ALLOWED_ACCESS_TRANSITIONS: Record<AccessStatus, readonly AccessStatus[]> = {
  PENDING: ["APPROVED", "DENIED", "CANCELLED"],
  APPROVED: ["EXPIRED", "REVOKED"],
  DENIED: [],
  CANCELLED: [],
  EXPIRED: [],
  REVOKED: [],
};

export const canMove = (from: AccessStatus, to: AccessStatus) =>
  ALLOWED_ACCESS_TRANSITIONS[from].includes(to);

export type Verdict = { ok: true } | { ok: false; reason: string };

// Separation of duties: nobody decides a request they made or one that would give them access.
export function canDecide(
  deciderId: string,
  request: { requestedById: string; requestedForId: string },
): Verdict {
  if (deciderId === request.requestedById)
    return { ok: false, reason: "You cannot decide an access request you made" };
  if (deciderId === request.requestedForId)
    return { ok: false, reason: "You cannot decide an access request for yourself" };
  return { ok: true };
}

// The longest a grant may last: the requested duration from the moment it is granted.
export const requestedExpiry = (grantedAt: Date, durationDays: number) =>
  new Date(grantedAt.getTime() + durationDays * DAY);

// An approver may shorten the expiry, never lengthen it, and never set it in the past.
export function checkProposedExpiry(proposed: Date, now: Date, durationDays: number): Verdict {
  if (proposed.getTime() <= now.getTime()) return { ok: false, reason: "The expiry must be in the future" };
  if (proposed.getTime() > requestedExpiry(now, durationDays).getTime()) {
    return {
      ok: false,
      reason: `The expiry can only shorten the requested ${durationDays} day${durationDays === 1 ? "" : "s"}`,
    };
  }
  return { ok: true };
}

export type Decision = { deciderId: string; decision: AccessDecision; expiresAt: Date | null };
export type Outcome = {
  status: "PENDING" | "APPROVED" | "DENIED";
  approvals: number;
  needed: number;
  expiresAt: Date | null;
};

// The decisions so far (one per person, first counts) → the request's status. One denial denies; the
// grant lasts until the earliest expiry any approver set, capped at the requested duration.
export function decide(
  type: AccessType,
  durationDays: number,
  decisions: readonly Decision[],
  now: Date,
): Outcome {
  const seen = new Set<string>();
  const counted = decisions.filter((d) => !seen.has(d.deciderId) && seen.add(d.deciderId));
  const needed = approvalsRequired(type);
  const approvals = counted.filter((d) => d.decision === "APPROVE");
  if (counted.some((d) => d.decision === "DENY"))
    return { status: "DENIED", approvals: approvals.length, needed, expiresAt: null };
  if (approvals.length < needed)
    return { status: "PENDING", approvals: approvals.length, needed, expiresAt: null };
  const cap = requestedExpiry(now, durationDays).getTime();
  const expiresAt = Math.min(cap, ...approvals.map((a) => a.expiresAt?.getTime() ?? cap));
  return { status: "APPROVED", approvals: approvals.length, needed, expiresAt: new Date(expiresAt) };
}

export const isExpiringSoon = (
  grant: { status: AccessStatus; expiresAt: Date | null },
  now: Date,
  days = EXPIRING_SOON_DAYS,
) =>
  grant.status === "APPROVED" &&
  grant.expiresAt !== null &&
  grant.expiresAt.getTime() > now.getTime() &&
  grant.expiresAt.getTime() <= now.getTime() + days * DAY;
