// A policy in words (the list's summary, the form's timeline), from the same rules that will page.
import { describe, expect, it } from "vitest";
import {
  namesOf,
  policySummary,
  repeatWords,
  scopeWords,
  stepWords,
  timelineLines,
  timelineText,
} from "@/app/(portal)/escalation-policies/_components/policy-words";

const PRIMARY = "11111111-1111-4111-8111-111111111111";
const SECONDARY = "22222222-2222-4222-8222-222222222222";
const DANA = "33333333-3333-4333-8333-333333333333";
const names = namesOf({
  schedules: [
    { id: PRIMARY, name: "Platform primary" },
    { id: SECONDARY, name: "Platform secondary" },
  ],
  people: [{ id: DANA, name: "Dana Reyes" }],
});

const demo = {
  steps: [
    { targets: [{ kind: "schedule" as const, scheduleId: PRIMARY }], waitMinutes: 15 },
    { targets: [{ kind: "schedule" as const, scheduleId: SECONDARY }], waitMinutes: 15 },
    { targets: [{ kind: "role" as const, role: "OPS_MANAGER" as const }], waitMinutes: 15 },
  ],
  repeat: 1,
};

describe("policySummary", () => {
  it("chains the steps with the wait before each and says how often it repeats", () => {
    expect(policySummary(demo, names)).toBe(
      "Platform primary on call → after 15 min Platform secondary on call → after 15 min Ops managers · repeats once",
    );
  });

  it("writes long waits in the one duration style and several targets as a list", () => {
    const policy = {
      steps: [
        {
          targets: [
            { kind: "user" as const, userId: DANA },
            { kind: "schedule" as const, scheduleId: PRIMARY },
            { kind: "role" as const, role: "ENGINEER" as const },
          ],
          waitMinutes: 90,
        },
        { targets: [{ kind: "role" as const, role: "EXECUTIVE" as const }], waitMinutes: 5 },
      ],
      repeat: 0,
    };
    expect(policySummary(policy, names)).toBe(
      "Dana Reyes, Platform primary on call and Engineers → after 1 h 30 min Executives · no repeats",
    );
  });

  it("says what is gone or not chosen instead of showing an id", () => {
    expect(
      stepWords(
        {
          targets: [
            { kind: "schedule", scheduleId: "44444444-4444-4444-8444-444444444444" },
            { kind: "user", userId: "55555555-5555-4555-8555-555555555555" },
            { kind: "role", role: "" },
          ],
        },
        names,
      ),
    ).toBe("a schedule that no longer exists, a person no longer active and a role not chosen yet");
    expect(stepWords({ targets: [] }, names)).toBe("nobody yet");
  });
});

describe("repeatWords and scopeWords", () => {
  it("counts repeats in words", () => {
    expect([0, 1, 2, 3, 9].map(repeatWords)).toEqual([
      "no repeats",
      "repeats once",
      "repeats twice",
      "repeats 3 times",
      "repeats 9 times",
    ]);
  });

  it("names a tier default and a service (by name when known)", () => {
    expect(scopeWords({ tier: "CRITICAL" })).toBe("Default for Critical services");
    expect(scopeWords({ serviceSlug: "payments-api" })).toBe("payments-api");
    expect(scopeWords({ serviceSlug: "payments-api" }, new Map([["payments-api", "Payments API"]]))).toBe(
      "Payments API",
    );
  });
});

describe("timeline", () => {
  it("times every step of every round as the rules do (waits 5, 10, 15 and one repeat: 0 5 15 30 35 45)", () => {
    const policy = {
      steps: [5, 10, 15].map((waitMinutes) => ({
        targets: [{ kind: "role" as const, role: "OPS_MANAGER" as const }],
        waitMinutes,
      })),
      repeat: 1,
    };
    const { lines, endsAtMinutes } = timelineLines(policy, names);
    expect(lines.map((l) => [l.atMinutes, l.round, l.step])).toEqual([
      [0, 0, 1],
      [5, 0, 2],
      [15, 0, 3],
      [30, 1, 1],
      [35, 1, 2],
      [45, 1, 3],
    ]);
    expect(endsAtMinutes).toBe(60);
  });

  it("reads as one sentence per step", () => {
    expect(timelineText({ ...demo, repeat: 0 }, names)).toBe(
      "0 min: Platform primary on call; 15 min: Platform secondary on call; 30 min: Ops managers",
    );
  });
});
