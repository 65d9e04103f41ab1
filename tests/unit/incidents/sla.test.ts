import { describe, expect, it } from "vitest";
import { clockState, computeDueDates, slaStatus, urgencyDueAt, type Severity } from "@/lib/incidents/sla";

// Handbook "Support Response Times", measured from createdAt.
const createdAt = new Date("2026-03-10T10:00:00.000Z");
const at = (iso: string) => new Date(iso);
const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe("computeDueDates", () => {
  it.each<[Severity, string, string]>([
    ["P1", "2026-03-10T10:15:00.000Z", "2026-03-10T14:00:00.000Z"],
    ["P2", "2026-03-10T11:00:00.000Z", "2026-03-11T10:00:00.000Z"],
    ["P3", "2026-03-10T14:00:00.000Z", "2026-03-13T10:00:00.000Z"],
    ["P4", "2026-03-11T10:00:00.000Z", "2026-03-17T10:00:00.000Z"],
  ])("%s: response due %s, resolution due %s", (severity, response, resolution) => {
    const due = computeDueDates(createdAt, severity);
    expect(due.responseDueAt.toISOString()).toBe(response);
    expect(due.resolutionDueAt.toISOString()).toBe(resolution);
  });

  it("does not mutate the createdAt it is given", () => {
    computeDueDates(createdAt, "P1");
    expect(createdAt.toISOString()).toBe("2026-03-10T10:00:00.000Z");
  });

  it("a severity change recomputes from the same createdAt: P3 created 10:00 raised to P1 is due 10:15 / 14:00", () => {
    const asP3 = computeDueDates(createdAt, "P3");
    expect(asP3.responseDueAt.toISOString()).toBe("2026-03-10T14:00:00.000Z");
    const asP1 = computeDueDates(createdAt, "P1");
    expect(asP1.responseDueAt.toISOString()).toBe("2026-03-10T10:15:00.000Z");
    expect(asP1.resolutionDueAt.toISOString()).toBe("2026-03-10T14:00:00.000Z");
  });

  it("a severity change downwards (P1 → P4) also recomputes from createdAt", () => {
    const asP4 = computeDueDates(createdAt, "P4");
    expect(asP4.responseDueAt.toISOString()).toBe("2026-03-11T10:00:00.000Z");
    expect(asP4.resolutionDueAt.toISOString()).toBe("2026-03-17T10:00:00.000Z");
  });
});

describe("clockState", () => {
  // P1 response clock: 15 minutes, 75 % = 11 min 15 s.
  const dueAt = at("2026-03-10T10:15:00.000Z");
  const running = (now: Date) => clockState({ createdAt, dueAt, stoppedAt: null }, now);

  it("is RUNNING right after creation", () => {
    expect(running(createdAt)).toBe("RUNNING");
  });

  it("is RUNNING one ms before 75 % of the clock has run", () => {
    expect(running(at("2026-03-10T10:11:14.999Z"))).toBe("RUNNING");
  });

  it("is AT_RISK at exactly 75 %", () => {
    expect(running(at("2026-03-10T10:11:15.000Z"))).toBe("AT_RISK");
  });

  it("is AT_RISK after 75 % and still at the due time itself", () => {
    expect(running(at("2026-03-10T10:14:00.000Z"))).toBe("AT_RISK");
    expect(running(dueAt)).toBe("AT_RISK");
  });

  it("is BREACHED one ms after the due time", () => {
    expect(running(plusMs(dueAt, 1))).toBe("BREACHED");
  });

  it("at-risk threshold for a P3 resolution clock (72 h) is 54 h in", () => {
    const p3Due = at("2026-03-13T10:00:00.000Z");
    expect(clockState({ createdAt, dueAt: p3Due, stoppedAt: null }, at("2026-03-12T15:59:59.999Z"))).toBe(
      "RUNNING",
    );
    expect(clockState({ createdAt, dueAt: p3Due, stoppedAt: null }, at("2026-03-12T16:00:00.000Z"))).toBe(
      "AT_RISK",
    );
  });

  it("is MET when stopped before the due time, whatever now is", () => {
    const stoppedAt = at("2026-03-10T10:05:00.000Z");
    expect(clockState({ createdAt, dueAt, stoppedAt }, at("2026-03-20T00:00:00.000Z"))).toBe("MET");
  });

  it("is MET when stopped exactly at the due time", () => {
    expect(clockState({ createdAt, dueAt, stoppedAt: dueAt }, at("2026-03-20T00:00:00.000Z"))).toBe("MET");
  });

  it("is MET when stopped in the at-risk window", () => {
    expect(
      clockState(
        { createdAt, dueAt, stoppedAt: at("2026-03-10T10:12:00.000Z") },
        at("2026-03-10T10:13:00.000Z"),
      ),
    ).toBe("MET");
  });

  it("is BREACHED when stopped one ms after the due time", () => {
    expect(clockState({ createdAt, dueAt, stoppedAt: plusMs(dueAt, 1) }, plusMs(dueAt, 2))).toBe("BREACHED");
  });
});

describe("slaStatus", () => {
  const p2 = { createdAt, ...computeDueDates(createdAt, "P2") }; // response 11:00, resolution next day 10:00

  it("both clocks running: nothing breached", () => {
    expect(
      slaStatus({ ...p2, acknowledgedAt: null, resolvedAt: null }, at("2026-03-10T10:30:00.000Z")),
    ).toEqual({
      response: "RUNNING",
      resolution: "RUNNING",
      responseBreached: false,
      resolutionBreached: false,
    });
  });

  it("unacknowledged past the response due time: response BREACHED, resolution still RUNNING", () => {
    expect(
      slaStatus({ ...p2, acknowledgedAt: null, resolvedAt: null }, at("2026-03-10T11:00:00.001Z")),
    ).toEqual({
      response: "BREACHED",
      resolution: "RUNNING",
      responseBreached: true,
      resolutionBreached: false,
    });
  });

  it("acknowledged in time, resolution at risk at 18 h", () => {
    expect(
      slaStatus(
        { ...p2, acknowledgedAt: at("2026-03-10T10:40:00.000Z"), resolvedAt: null },
        at("2026-03-11T04:00:00.000Z"),
      ),
    ).toEqual({ response: "MET", resolution: "AT_RISK", responseBreached: false, resolutionBreached: false });
  });

  it("acknowledged late and resolved late: both BREACHED for good", () => {
    expect(
      slaStatus(
        { ...p2, acknowledgedAt: at("2026-03-10T11:30:00.000Z"), resolvedAt: at("2026-03-11T12:00:00.000Z") },
        at("2026-04-01T00:00:00.000Z"),
      ),
    ).toEqual({
      response: "BREACHED",
      resolution: "BREACHED",
      responseBreached: true,
      resolutionBreached: true,
    });
  });

  it("acknowledged late but resolved in time", () => {
    expect(
      slaStatus(
        { ...p2, acknowledgedAt: at("2026-03-10T11:00:00.001Z"), resolvedAt: at("2026-03-11T10:00:00.000Z") },
        at("2026-04-01T00:00:00.000Z"),
      ),
    ).toEqual({ response: "BREACHED", resolution: "MET", responseBreached: true, resolutionBreached: false });
  });

  it("resolution open past its due time is BREACHED while response was MET", () => {
    expect(
      slaStatus(
        { ...p2, acknowledgedAt: at("2026-03-10T10:10:00.000Z"), resolvedAt: null },
        at("2026-03-11T10:00:00.001Z"),
      ),
    ).toEqual({ response: "MET", resolution: "BREACHED", responseBreached: false, resolutionBreached: true });
  });
});

describe("urgencyDueAt", () => {
  const due = computeDueDates(createdAt, "P1");

  it("is the response due time until someone acknowledges", () => {
    expect(urgencyDueAt({ acknowledgedAt: null, ...due }).toISOString()).toBe("2026-03-10T10:15:00.000Z");
  });

  it("is the resolution due time once acknowledged", () => {
    expect(urgencyDueAt({ acknowledgedAt: at("2026-03-10T10:05:00.000Z"), ...due }).toISOString()).toBe(
      "2026-03-10T14:00:00.000Z",
    );
  });
});
