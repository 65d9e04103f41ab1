import { describe, expect, it } from "vitest";
import {
  reapprovalFor,
  reapprovalNotice,
  reapprovalRoute,
  reapprovalSummary,
  type ChangeScope,
} from "@/lib/changes/reapproval";

// Approved: Saturday 12 December 2026, 10:00–12:00 UTC.
const APPROVED: ChangeScope = {
  start: "2026-12-12T10:00:00.000Z",
  end: "2026-12-12T12:00:00.000Z",
  environment: "PRODUCTION",
  services: ["billing", "payments"],
  planDigest: "plan-v1",
  riskAnswers: { rollbackTested: "YES", changeSize: "SMALL" },
};
const NOBODY = { implementerId: null, approverIds: ["cab-1", "cab-2"] };
const moved = (start: string, end: string): ChangeScope => ({ ...APPROVED, start, end });

describe("does an edit of an approved change need a new approval", () => {
  it.each([
    ["the approved window itself", "2026-12-12T10:00:00.000Z", "2026-12-12T12:00:00.000Z"],
    ["a slot inside it", "2026-12-12T10:30:00.000Z", "2026-12-12T11:00:00.000Z"],
    ["a slot ending exactly at its end", "2026-12-12T11:00:00.000Z", "2026-12-12T12:00:00.000Z"],
  ])("no for %s", (_what, start, end) => {
    expect(reapprovalFor(APPROVED, moved(start, end), NOBODY)).toEqual({ needed: false });
  });

  it.each([
    ["another day", "2026-12-15T10:00:00.000Z", "2026-12-15T12:00:00.000Z"],
    ["starting a minute early", "2026-12-12T09:59:00.000Z", "2026-12-12T11:00:00.000Z"],
    ["ending a minute late", "2026-12-12T11:00:00.000Z", "2026-12-12T12:01:00.000Z"],
    ["a longer slot around it", "2026-12-12T09:00:00.000Z", "2026-12-12T13:00:00.000Z"],
  ])("yes for %s, naming the approved window", (_what, start, end) => {
    expect(reapprovalFor(APPROVED, moved(start, end), NOBODY)).toEqual({
      needed: true,
      reasons: ["Window moved outside the approved 12 Dec 2026, 10:00–12:00 UTC"],
    });
  });

  it("names every difference: environment, services, plans, risk answers", () => {
    const verdict = reapprovalFor(
      APPROVED,
      {
        ...APPROVED,
        environment: "STAGING",
        services: ["billing", "ledger"],
        planDigest: "plan-v2",
        riskAnswers: { rollbackTested: "NO", changeSize: "SMALL" },
      },
      NOBODY,
    );
    expect(verdict).toEqual({
      needed: true,
      reasons: [
        "Environment changed from production to staging",
        "Services changed (added ledger; removed payments)",
        "Plans changed since approval",
        "Risk answers changed since approval",
      ],
    });
  });

  it("ignores the order of services and answers, and a question left out on both sides", () => {
    expect(
      reapprovalFor(
        APPROVED,
        {
          ...APPROVED,
          services: ["payments", "billing"],
          riskAnswers: { changeSize: "SMALL", rollbackTested: "YES" },
        },
        NOBODY,
      ),
    ).toEqual({ needed: false });
    expect(reapprovalFor(APPROVED, { ...APPROVED, riskAnswers: { rollbackTested: "YES" } }, NOBODY)).toEqual({
      needed: true,
      reasons: ["Risk answers changed since approval"],
    });
  });

  it("needs a new approval when an approver becomes the implementer", () => {
    expect(
      reapprovalFor(APPROVED, APPROVED, { implementerId: "cab-2", approverIds: ["cab-1", "cab-2"] }),
    ).toEqual({ needed: true, reasons: ["The new implementer approved it"] });
    expect(
      reapprovalFor(APPROVED, APPROVED, { implementerId: "someone-else", approverIds: ["cab-1", "cab-2"] }),
    ).toEqual({ needed: false });
  });

  it("says both days for an approved window across midnight", () => {
    const overnight = moved("2026-12-12T22:00:00.000Z", "2026-12-13T02:00:00.000Z");
    expect(
      reapprovalFor(overnight, moved("2026-12-13T01:00:00.000Z", "2026-12-13T03:00:00.000Z"), NOBODY),
    ).toEqual({
      needed: true,
      reasons: ["Window moved outside the approved 12 Dec 2026, 22:00 UTC – 13 Dec 2026, 02:00 UTC"],
    });
  });
});

describe("the route of the new round", () => {
  it.each([
    ["CAB", "AUTO", "CAB"],
    ["CAB", "TECHNICAL_REVIEW", "CAB"],
    ["TECHNICAL_REVIEW", "TECHNICAL_REVIEW", "TECHNICAL_REVIEW"],
    ["TECHNICAL_REVIEW", "AUTO", "TECHNICAL_REVIEW"],
    ["TECHNICAL_REVIEW", "CAB", "CAB"],
    ["AUTO", "AUTO", "AUTO"],
    ["AUTO", "CAB", "CAB"],
    ["EMERGENCY_CAB", "EMERGENCY_CAB", "EMERGENCY_CAB"],
  ] as const)("approved on %s, risk now routed to %s: %s", (approvedOn, reassessed, expected) => {
    expect(reapprovalRoute(approvedOn, reassessed)).toBe(expected);
  });

  it("writes the timeline line", () => {
    expect(reapprovalSummary(["Window moved outside the approved 12 Dec 2026, 10:00–12:00 UTC"], "CAB")).toBe(
      "Window moved outside the approved 12 Dec 2026, 10:00–12:00 UTC: back to CAB review",
    );
    expect(reapprovalSummary(["Plans changed since approval"], "TECHNICAL_REVIEW")).toBe(
      "Plans changed since approval: back to technical review",
    );
    expect(
      reapprovalSummary(["Plans changed since approval", "Risk answers changed since approval"], "AUTO"),
    ).toBe("Plans changed since approval; Risk answers changed since approval: approved again automatically");
    expect(reapprovalSummary(["Plans changed since approval"], "EMERGENCY_CAB")).toBe(
      "Plans changed since approval: back to the emergency CAB",
    );
  });
});

describe("the schedule form's warning", () => {
  const approved = { start: APPROVED.start, end: APPROVED.end };
  it("says nothing inside the approved window, before approval, or while the slot is incomplete", () => {
    expect(
      reapprovalNotice(approved, "CAB", "2026-12-12T10:30:00.000Z", "2026-12-12T11:30:00.000Z"),
    ).toBeNull();
    expect(reapprovalNotice(null, "CAB", "2026-12-15T10:00:00.000Z", "2026-12-15T11:00:00.000Z")).toBeNull();
    expect(reapprovalNotice(approved, "CAB", "2026-12-15T10:00:00.000Z", undefined)).toBeNull();
    expect(
      reapprovalNotice(approved, "CAB", "2026-12-15T11:00:00.000Z", "2026-12-15T10:00:00.000Z"),
    ).toBeNull();
  });

  it("says where it goes back to outside it", () => {
    expect(reapprovalNotice(approved, "CAB", "2026-12-15T10:00:00.000Z", "2026-12-15T11:00:00.000Z")).toBe(
      "Outside the approved 12 Dec 2026, 10:00–12:00 UTC: this sends it back to CAB review for a new vote before it can be scheduled.",
    );
    expect(
      reapprovalNotice(approved, "TECHNICAL_REVIEW", "2026-12-12T11:00:00.000Z", "2026-12-12T12:30:00.000Z"),
    ).toBe(
      "Outside the approved 12 Dec 2026, 10:00–12:00 UTC: this sends it back to technical review for a new vote before it can be scheduled.",
    );
    expect(reapprovalNotice(approved, "AUTO", "2026-12-15T10:00:00.000Z", "2026-12-15T11:00:00.000Z")).toBe(
      "Outside the approved 12 Dec 2026, 10:00–12:00 UTC: it is approved again automatically, as a new round.",
    );
  });
});
