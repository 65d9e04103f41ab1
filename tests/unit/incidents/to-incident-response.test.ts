import { describe, expect, it } from "vitest";
import { incidentResponse } from "@/lib/incidents/schemas";
import { toIncidentResponse, type IncidentRow } from "@/lib/incidents/to-incident-response";

const at = (iso: string) => new Date(iso);

// A P2 created 10:00 UTC: response due 11:00, resolution due next day 10:00.
const row: IncidentRow = {
  id: "0b7e7d4e-3f0a-4b7a-9a51-6c1d2e3f4a5b",
  key: "INC-2026-0042",
  title: "Login failures on case portal",
  description: "Users receive 500 on sign-in",
  severity: "P2",
  status: "IN_PROGRESS",
  impact: "OUTAGE",
  affectedServices: ["auth", "case-portal"],
  reportedBy: { id: "u-reporter", name: "Rita Reporter" },
  source: "PERSON",
  integration: null,
  alertCount: 0,
  fireCount: 0,
  assignedTo: { id: "u-eng", name: "Evan Engineer" },
  assignedToId: "u-eng",
  createdAt: at("2026-03-10T10:00:00.000Z"),
  updatedAt: at("2026-03-10T10:20:00.000Z"),
  acknowledgedAt: at("2026-03-10T10:20:00.000Z"),
  resolvedAt: null,
  closedAt: null,
  responseDueAt: at("2026-03-10T11:00:00.000Z"),
  resolutionDueAt: at("2026-03-11T10:00:00.000Z"),
  nextUpdateDueAt: at("2026-03-10T11:00:00.000Z"),
  rootCause: null,
  resolution: null,
  lessonsLearned: null,
  postmortemAt: null,
  version: 4,
  updateCount: 1,
  actionItems: [],
};

describe("toIncidentResponse", () => {
  it("maps a full row at a given now (matches the API schema)", () => {
    const res = toIncidentResponse(row, at("2026-03-10T10:30:00.000Z"));
    expect(res).toEqual({
      id: "0b7e7d4e-3f0a-4b7a-9a51-6c1d2e3f4a5b",
      key: "INC-2026-0042",
      title: "Login failures on case portal",
      description: "Users receive 500 on sign-in",
      severity: "P2",
      status: "IN_PROGRESS",
      impact: "OUTAGE",
      affectedServices: ["auth", "case-portal"],
      reportedBy: { id: "u-reporter", name: "Rita Reporter" },
      source: "PERSON",
      integration: null,
      alertCount: 0,
      fireCount: 0,
      assignedTo: { id: "u-eng", name: "Evan Engineer" },
      createdAt: "2026-03-10T10:00:00.000Z",
      updatedAt: "2026-03-10T10:20:00.000Z",
      acknowledgedAt: "2026-03-10T10:20:00.000Z",
      resolvedAt: null,
      closedAt: null,
      responseDueAt: "2026-03-10T11:00:00.000Z",
      resolutionDueAt: "2026-03-11T10:00:00.000Z",
      responseBreached: false,
      resolutionBreached: false,
      responseClock: "MET",
      resolutionClock: "RUNNING",
      nextUpdateDueAt: "2026-03-10T11:00:00.000Z",
      updateOverdue: false,
      stage: "COMMUNICATION",
      rootCause: null,
      resolution: null,
      lessonsLearned: null,
      postmortemAt: null,
      causedByChange: null,
      preventionMeasures: [],
      version: 4,
    });
    expect(incidentResponse.safeParse(res).success).toBe(true);
  });

  it("unacknowledged OPEN incident: response clock AT_RISK at 45 min, BREACHED one ms past 11:00", () => {
    const open = {
      ...row,
      status: "OPEN" as const,
      acknowledgedAt: null,
      updateCount: 0,
      nextUpdateDueAt: null,
    };
    const atRisk = toIncidentResponse(open, at("2026-03-10T10:45:00.000Z"));
    expect(atRisk.responseClock).toBe("AT_RISK");
    expect(atRisk.responseBreached).toBe(false);
    expect(atRisk.stage).toBe("TRIAGE");

    const breached = toIncidentResponse(open, at("2026-03-10T11:00:00.001Z"));
    expect(breached.responseClock).toBe("BREACHED");
    expect(breached.responseBreached).toBe(true);
    expect(breached.resolutionBreached).toBe(false);
    expect(breached.resolutionClock).toBe("RUNNING");
  });

  it("acknowledged late: responseBreached stays true", () => {
    const late = toIncidentResponse(
      { ...row, acknowledgedAt: at("2026-03-10T11:05:00.000Z") },
      at("2026-03-10T11:10:00.000Z"),
    );
    expect(late.responseClock).toBe("BREACHED");
    expect(late.responseBreached).toBe(true);
  });

  it("still open past the resolution due time: resolutionBreached", () => {
    const res = toIncidentResponse(row, at("2026-03-11T10:00:00.001Z"));
    expect(res.resolutionClock).toBe("BREACHED");
    expect(res.resolutionBreached).toBe(true);
    expect(res.responseBreached).toBe(false);
  });

  describe("updateOverdue", () => {
    it("is false at exactly nextUpdateDueAt and true one ms after for an IN_PROGRESS incident", () => {
      expect(toIncidentResponse(row, at("2026-03-10T11:00:00.000Z")).updateOverdue).toBe(false);
      expect(toIncidentResponse(row, at("2026-03-10T11:00:00.001Z")).updateOverdue).toBe(true);
    });

    it("is true for an OPEN incident whose next update is past", () => {
      expect(
        toIncidentResponse({ ...row, status: "OPEN" }, at("2026-03-10T12:00:00.000Z")).updateOverdue,
      ).toBe(true);
    });

    it("is false when no next update is planned", () => {
      expect(
        toIncidentResponse({ ...row, nextUpdateDueAt: null }, at("2026-03-10T12:00:00.000Z")).updateOverdue,
      ).toBe(false);
    });

    it.each(["RESOLVED", "CLOSED"] as const)(
      "is false for a %s incident even if its next update is past",
      (status) => {
        const done = {
          ...row,
          status,
          resolvedAt: at("2026-03-10T11:30:00.000Z"),
          resolution: "Rolled back",
          closedAt: status === "CLOSED" ? at("2026-03-10T12:00:00.000Z") : null,
        };
        expect(toIncidentResponse(done, at("2026-03-10T13:00:00.000Z")).updateOverdue).toBe(false);
      },
    );
  });

  describe("stage", () => {
    it("IN_PROGRESS without updates is INVESTIGATION", () => {
      expect(toIncidentResponse({ ...row, updateCount: 0 }, at("2026-03-10T10:30:00.000Z")).stage).toBe(
        "INVESTIGATION",
      );
    });

    it("RESOLVED is RESOLUTION with resolution clock MET", () => {
      const res = toIncidentResponse(
        { ...row, status: "RESOLVED", resolvedAt: at("2026-03-10T15:00:00.000Z"), resolution: "Rotated key" },
        at("2026-03-12T00:00:00.000Z"),
      );
      expect(res.stage).toBe("RESOLUTION");
      expect(res.resolutionClock).toBe("MET");
      expect(res.resolutionBreached).toBe(false);
      expect(res.resolvedAt).toBe("2026-03-10T15:00:00.000Z");
    });
  });

  it("maps a post-mortem and its prevention measures (dueDate as YYYY-MM-DD)", () => {
    const closed: IncidentRow = {
      ...row,
      status: "CLOSED",
      resolvedAt: at("2026-03-10T15:00:00.000Z"),
      closedAt: at("2026-03-12T09:30:00.000Z"),
      rootCause: "Expired signing key",
      resolution: "Rotated the key",
      lessonsLearned: "Monitor key expiry",
      postmortemAt: at("2026-03-12T09:00:00.000Z"),
      version: 9,
      actionItems: [
        {
          id: "a-1",
          description: "Alert 14 days before key expiry",
          owner: { id: "u-eng", name: "Evan Engineer" },
          dueDate: at("2026-04-30T00:00:00.000Z"),
          status: "OPEN",
          version: 1,
        },
        {
          id: "a-2",
          description: "Automate key rotation",
          owner: { id: "u-ops", name: "Olga Ops" },
          dueDate: at("2026-05-15T00:00:00.000Z"),
          status: "DONE",
          version: 3,
        },
      ],
    };
    const res = toIncidentResponse(closed, at("2026-03-13T00:00:00.000Z"));
    expect(res.stage).toBe("POST_MORTEM");
    expect(res.postmortemAt).toBe("2026-03-12T09:00:00.000Z");
    expect(res.closedAt).toBe("2026-03-12T09:30:00.000Z");
    expect(res.updateOverdue).toBe(false);
    expect(res.preventionMeasures).toEqual([
      {
        id: "a-1",
        incidentKey: "INC-2026-0042",
        description: "Alert 14 days before key expiry",
        owner: { id: "u-eng", name: "Evan Engineer" },
        dueDate: "2026-04-30",
        status: "OPEN",
        version: 1,
      },
      {
        id: "a-2",
        incidentKey: "INC-2026-0042",
        description: "Automate key rotation",
        owner: { id: "u-ops", name: "Olga Ops" },
        dueDate: "2026-05-15",
        status: "DONE",
        version: 3,
      },
    ]);
    expect(incidentResponse.safeParse(res).success).toBe(true);
  });
});
