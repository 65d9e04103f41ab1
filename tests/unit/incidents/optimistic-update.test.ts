import { describe, expect, it } from "vitest";
import { optimisticIncident } from "@/lib/client/incidents";
import type { IncidentResponse } from "@/lib/incidents/schemas";

const incident = {
  key: "INC-2026-0001",
  status: "IN_PROGRESS",
  title: "Checkout down",
  resolution: null,
  rootCause: null,
  version: 3,
} as unknown as IncidentResponse;

describe("the incident page's optimistic update", () => {
  it("shows a resolve with its resolution at once, so the post-mortem form that appears is prefilled", () => {
    expect(
      optimisticIncident(incident, { version: 3, status: "RESOLVED", resolution: "Rolled back release 42" }),
    ).toMatchObject({
      status: "RESOLVED",
      resolution: "Rolled back release 42",
      title: "Checkout down",
      version: 3,
    });
  });
  it("leaves what the request does not set as it was", () => {
    expect(optimisticIncident(incident, { version: 3, assignedTo: null })).toEqual(incident);
  });
});
