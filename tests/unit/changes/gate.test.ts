import { describe, expect, it } from "vitest";
import { evaluateGate, type GateInput } from "@/lib/changes/gate";

// 2030-01-01 is a Tuesday: production window 10:00–14:00 UTC.
const at = (iso: string) => new Date(`2030-01-${iso}Z`);
const scheduled: GateInput = {
  status: "SCHEDULED",
  environment: "PRODUCTION",
  plannedStart: at("01T10:00:00"),
  plannedEnd: at("01T12:00:00"),
  emergencyAuthorized: false,
  freezes: [],
};

describe("evaluateGate", () => {
  it("allows a scheduled change inside its slot and the deployment window", () => {
    expect(evaluateGate(scheduled, at("01T10:00:00"))).toEqual({ allowed: true, reasons: [] });
    expect(evaluateGate(scheduled, at("01T11:59:59"))).toEqual({ allowed: true, reasons: [] });
  });

  it("refuses before and after the planned slot, naming the edge", () => {
    expect(evaluateGate(scheduled, at("01T09:59:59"))).toEqual({
      allowed: false,
      reasons: [
        "Its planned window opens at 2030-01-01T10:00:00Z",
        "2030-01-01T09:59:59Z is outside the production deployment windows",
      ],
    });
    expect(evaluateGate(scheduled, at("01T12:00:00")).reasons).toEqual([
      "Its planned window closed at 2030-01-01T12:00:00Z",
    ]);
  });

  it("refuses changes that are not scheduled, and lists every reason", () => {
    const verdict = evaluateGate({ ...scheduled, status: "APPROVED" }, at("02T10:30:00"));
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons).toEqual([
      "The change is approved but not scheduled yet",
      "Its planned window closed at 2030-01-01T12:00:00Z",
      "2030-01-02T10:30:00Z is outside the production deployment windows",
    ]);
    expect(evaluateGate({ ...scheduled, status: "DRAFT" }, at("01T10:30:00")).reasons).toEqual([
      "The change is draft, not scheduled",
    ]);
    expect(evaluateGate({ ...scheduled, status: "CLOSED" }, at("01T10:30:00")).allowed).toBe(false);
  });

  it("refuses inside a freeze, unless the emergency was authorized", () => {
    const frozen = {
      ...scheduled,
      freezes: [{ start: at("01T11:00:00"), end: at("01T13:00:00"), reason: "Year end" }],
    };
    expect(evaluateGate(frozen, at("01T10:59:59")).allowed).toBe(true);
    expect(evaluateGate(frozen, at("01T11:00:00")).reasons).toEqual([
      "A change freeze is in force until 2030-01-01T13:00:00Z (Year end)",
    ]);
    expect(evaluateGate({ ...frozen, emergencyAuthorized: true }, at("01T11:30:00")).allowed).toBe(true);
  });

  it("lets an authorized emergency deploy outside the weekly windows, but only in its own slot", () => {
    const emergency = {
      ...scheduled,
      emergencyAuthorized: true,
      plannedStart: at("02T02:00:00"),
      plannedEnd: at("02T03:00:00"),
    };
    expect(evaluateGate(emergency, at("02T02:30:00")).allowed).toBe(true);
    expect(evaluateGate(emergency, at("02T03:00:00")).allowed).toBe(false);
  });

  it("never blocks a change already being implemented or verified (finishing or rolling back)", () => {
    for (const status of ["IMPLEMENTING", "VERIFYING"] as const) {
      expect(
        evaluateGate(
          { ...scheduled, status, freezes: [{ start: at("01T00:00:00"), end: at("03T00:00:00") }] },
          at("01T16:00:00"),
        ),
      ).toEqual({ allowed: true, reasons: [] });
    }
  });

  it("development is always inside its window", () => {
    const dev = {
      ...scheduled,
      environment: "DEVELOPMENT" as const,
      plannedStart: at("05T02:00:00"),
      plannedEnd: at("05T04:00:00"),
    };
    expect(evaluateGate(dev, at("05T03:00:00")).allowed).toBe(true);
  });
});
