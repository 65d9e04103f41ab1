import { describe, expect, it } from "vitest";
import {
  CHANGE_STATUSES,
  checkChangeTransition,
  isOpenChangeStatus,
  submitStatusFor,
  type ChangeStatus,
  type ChangeTransitionContext,
} from "@/lib/changes/lifecycle";

const FLOW = [
  "DRAFT→IN_TECHNICAL_REVIEW",
  "DRAFT→IN_CAB_REVIEW",
  "DRAFT→APPROVED",
  "IN_TECHNICAL_REVIEW→APPROVED",
  "IN_TECHNICAL_REVIEW→REJECTED",
  "IN_CAB_REVIEW→APPROVED",
  "IN_CAB_REVIEW→REJECTED",
  "REJECTED→DRAFT",
  "APPROVED→SCHEDULED",
  "SCHEDULED→IMPLEMENTING",
  "IMPLEMENTING→VERIFYING",
  "IMPLEMENTING→ROLLED_BACK",
  "VERIFYING→COMPLETED",
  "VERIFYING→ROLLED_BACK",
  "COMPLETED→CLOSED",
  "ROLLED_BACK→CLOSED",
];
const NOT_CANCELLABLE = new Set<ChangeStatus>(["COMPLETED", "ROLLED_BACK", "CLOSED", "CANCELLED"]);
const ALLOWED = new Set([
  ...FLOW,
  ...CHANGE_STATUSES.filter((s) => !NOT_CANCELLABLE.has(s)).map((s) => `${s}→CANCELLED`),
]);

// Route-specific preconditions are set per pair so only the table decides here.
function permissive(from: ChangeStatus, to: ChangeStatus): ChangeTransitionContext {
  const route =
    from === "DRAFT"
      ? to === "IN_TECHNICAL_REVIEW"
        ? "TECHNICAL_REVIEW"
        : to === "IN_CAB_REVIEW"
          ? "CAB"
          : "AUTO"
      : "CAB";
  return {
    category: "NORMAL",
    route,
    decision: to === "REJECTED" ? "REJECTED" : "APPROVED",
    hasPostImplementationReview: true,
  };
}

const pairs = CHANGE_STATUSES.flatMap((from) =>
  CHANGE_STATUSES.map((to) => [from, to] as [ChangeStatus, ChangeStatus]),
);

describe("checkChangeTransition: all 12×12 pairs", () => {
  it("covers 144 pairs and 24 allowed moves", () => {
    expect(pairs).toHaveLength(144);
    expect(ALLOWED.size).toBe(24);
  });
  it.each(pairs)("%s → %s", (from, to) => {
    expect(checkChangeTransition(from, to, permissive(from, to)).ok).toBe(ALLOWED.has(`${from}→${to}`));
  });
});

describe("preconditions", () => {
  const base: ChangeTransitionContext = {
    category: "NORMAL",
    route: "CAB",
    decision: "PENDING",
    hasPostImplementationReview: false,
  };
  it("submit must go to the route's status", () => {
    expect(submitStatusFor("AUTO")).toBe("APPROVED");
    expect(submitStatusFor("TECHNICAL_REVIEW")).toBe("IN_TECHNICAL_REVIEW");
    expect(submitStatusFor("EMERGENCY_CAB")).toBe("IN_CAB_REVIEW");
    expect(checkChangeTransition("DRAFT", "APPROVED", base).ok).toBe(false);
    expect(checkChangeTransition("DRAFT", "IN_CAB_REVIEW", base).ok).toBe(true);
  });
  it("review is left by the tally, not by choice", () => {
    expect(checkChangeTransition("IN_CAB_REVIEW", "APPROVED", base).ok).toBe(false);
    expect(checkChangeTransition("IN_CAB_REVIEW", "REJECTED", base).ok).toBe(false);
    expect(checkChangeTransition("IN_CAB_REVIEW", "REJECTED", { ...base, decision: "REJECTED" }).ok).toBe(
      true,
    );
  });
  it("closing an emergency change requires the post-implementation review", () => {
    const emergency: ChangeTransitionContext = { ...base, category: "EMERGENCY", route: "EMERGENCY_CAB" };
    expect(checkChangeTransition("COMPLETED", "CLOSED", emergency).ok).toBe(false);
    expect(checkChangeTransition("ROLLED_BACK", "CLOSED", emergency).ok).toBe(false);
    expect(
      checkChangeTransition("COMPLETED", "CLOSED", { ...emergency, hasPostImplementationReview: true }).ok,
    ).toBe(true);
    expect(checkChangeTransition("COMPLETED", "CLOSED", base).ok).toBe(true);
  });
  it("open statuses", () => {
    expect(CHANGE_STATUSES.filter((s) => !isOpenChangeStatus(s))).toEqual([
      "COMPLETED",
      "ROLLED_BACK",
      "CLOSED",
      "CANCELLED",
    ]);
  });
});
