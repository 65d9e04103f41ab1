import { describe, expect, it } from "vitest";
import { currentStage } from "@/lib/incidents/response-stage";

// Handbook "Incident Response Process": Detection, Triage, Investigation, Communication, Resolution, Post-Mortem.
const pm = new Date("2026-03-12T09:00:00.000Z");
const input = (
  status: string,
  updateCount = 0,
  postmortemAt: Date | null = null,
  assignedToId: string | null = "u-1",
) => ({
  status,
  assignedToId,
  updateCount,
  postmortemAt,
});

describe("currentStage", () => {
  it("OPEN → TRIAGE (assigned or not)", () => {
    expect(currentStage(input("OPEN"))).toBe("TRIAGE");
    expect(currentStage(input("OPEN", 0, null, null))).toBe("TRIAGE");
  });

  it("IN_PROGRESS without updates → INVESTIGATION", () => {
    expect(currentStage(input("IN_PROGRESS", 0))).toBe("INVESTIGATION");
  });

  it("IN_PROGRESS with one or more updates → COMMUNICATION", () => {
    expect(currentStage(input("IN_PROGRESS", 1))).toBe("COMMUNICATION");
    expect(currentStage(input("IN_PROGRESS", 5))).toBe("COMMUNICATION");
  });

  it("RESOLVED → RESOLUTION (updates do not matter)", () => {
    expect(currentStage(input("RESOLVED", 0))).toBe("RESOLUTION");
    expect(currentStage(input("RESOLVED", 3))).toBe("RESOLUTION");
  });

  it.each(["RESOLVED", "CLOSED"])("%s with a post-mortem → POST_MORTEM", (status) => {
    expect(currentStage(input(status, 2, pm))).toBe("POST_MORTEM");
  });

  it("a reopened incident with an earlier post-mortem is back in investigation or communication", () => {
    expect(currentStage(input("IN_PROGRESS", 0, pm))).toBe("INVESTIGATION");
    expect(currentStage(input("IN_PROGRESS", 2, pm))).toBe("COMMUNICATION");
  });

  it("CLOSED without a post-mortem (P3/P4) → POST_MORTEM", () => {
    expect(currentStage(input("CLOSED", 0, null))).toBe("POST_MORTEM");
  });
});
