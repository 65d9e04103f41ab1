import { describe, expect, it } from "vitest";
import { availableActions, type Viewer } from "@/app/(portal)/incidents/[key]/_components/available-actions";
import type { IncidentResponse } from "@/lib/incidents/schemas";

const manager: Viewer = { id: "u-manager", canUpdate: true, canAssign: true, canClose: true };
const incident = (status: IncidentResponse["status"]) =>
  ({
    key: "INC-2026-0001",
    status,
    severity: "P2",
    postmortemAt: "2026-12-01T10:00:00.000Z",
    assignedTo: null,
    version: 5,
  }) as unknown as IncidentResponse;

describe("the post-mortem on the incident page", () => {
  it("can be written or edited once the incident is resolved", () => {
    expect(availableActions(incident("RESOLVED"), manager).writePostmortem).toBe(true);
  });

  it("is not offered for editing on a closed incident, which 'can no longer change'", () => {
    const actions = availableActions(incident("CLOSED"), manager);
    expect(actions.writePostmortem).toBe(false);
    expect(Object.entries(actions).filter(([, may]) => may === true)).toEqual([]);
  });

  it.each(["OPEN", "IN_PROGRESS"] as const)("waits for the resolution while %s", (status) => {
    expect(availableActions(incident(status), manager).writePostmortem).toBe(false);
  });
});
