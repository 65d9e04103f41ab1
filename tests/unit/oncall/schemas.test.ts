// The schedule schemas as a form or an API client meets them: what is accepted, what is refused and
// with which message on which field.
import { describe, expect, it } from "vitest";
import {
  layerSchema,
  overrideSchema,
  restrictionSchema,
  scheduleRulesSchema,
  toSegmentResponse,
} from "@/lib/oncall/schemas";
import { ADA, BOB } from "./helpers";

const LAYER = {
  people: [ADA, BOB],
  startsAt: "2026-11-02T09:00:00+01:00",
  handoffTime: "09:00",
  turn: { unit: "week", length: 1 },
};

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

describe("schedule rules", () => {
  it("accepts a zone and layers, turning instants into dates", () => {
    const parsed = scheduleRulesSchema.parse({
      timeZone: "Europe/Berlin",
      layers: [{ ...LAYER, restrictions: [{ days: ["mon", "fri"], start: "09:00", end: "17:00" }] }],
    });
    expect(parsed.layers[0]?.startsAt).toEqual(new Date("2026-11-02T08:00:00Z"));
  });

  it.each(["Mars/Olympus_Mons", "+02:00", "", "Europe/Berlin "])("refuses the time zone %j", (timeZone) => {
    const result = scheduleRulesSchema.safeParse({ timeZone, layers: [LAYER] });
    expect(result.success).toBe(false);
    expect(issues(result)[0]?.[0]).toBe("timeZone");
  });

  it("accepts UTC and zones like America/Argentina/Buenos_Aires", () => {
    for (const timeZone of ["UTC", "America/Argentina/Buenos_Aires", "Australia/Lord_Howe"])
      expect(scheduleRulesSchema.safeParse({ timeZone, layers: [LAYER] }).success).toBe(true);
  });

  it("needs at least one layer", () => {
    expect(issues(scheduleRulesSchema.safeParse({ timeZone: "UTC", layers: [] }))[0]?.[0]).toBe("layers");
  });
});

describe("a layer", () => {
  it("daily and weekly turns need a handoff time; hour turns do not", () => {
    const { handoffTime: _, ...noTime } = LAYER;
    expect(issues(layerSchema.safeParse(noTime))).toEqual([
      ["handoffTime", "Daily and weekly turns need a handoff time"],
    ]);
    expect(layerSchema.safeParse({ ...noTime, turn: { unit: "hours", length: 12 } }).success).toBe(true);
  });

  it.each([
    [{ unit: "day", length: 91 }, "At most 90 for a turn in days"],
    [{ unit: "week", length: 14 }, "At most 13 for a turn in weeks"],
    [{ unit: "hours", length: 745 }, "At most 744 for a turn in hours"],
  ])("refuses a turn of %j", (turn, message) => {
    expect(issues(layerSchema.safeParse({ ...LAYER, turn }))).toEqual([["turn.length", message]]);
  });

  it("refuses a handoff time that is not HH:MM, nobody in it, and an instant without an offset", () => {
    expect(issues(layerSchema.safeParse({ ...LAYER, handoffTime: "9:00" }))[0]?.[0]).toBe("handoffTime");
    expect(issues(layerSchema.safeParse({ ...LAYER, handoffTime: "24:00" }))[0]?.[0]).toBe("handoffTime");
    expect(issues(layerSchema.safeParse({ ...LAYER, people: [] }))[0]?.[0]).toBe("people");
    expect(issues(layerSchema.safeParse({ ...LAYER, people: ["ada"] }))[0]?.[0]).toBe("people.0");
    expect(issues(layerSchema.safeParse({ ...LAYER, startsAt: "2026-11-02T09:00:00" }))[0]?.[0]).toBe(
      "startsAt",
    );
  });
});

describe("a restriction", () => {
  it("accepts overnight windows and 24:00 as an end", () => {
    expect(restrictionSchema.safeParse({ days: ["sat"], start: "22:00", end: "06:00" }).success).toBe(true);
    expect(restrictionSchema.safeParse({ days: ["sun"], start: "00:00", end: "24:00" }).success).toBe(true);
  });

  it("refuses 24:00 as a start, a day twice and no day", () => {
    expect(issues(restrictionSchema.safeParse({ days: ["sat"], start: "24:00", end: "06:00" }))[0]?.[0]).toBe(
      "start",
    );
    expect(
      issues(restrictionSchema.safeParse({ days: ["sat", "sat"], start: "09:00", end: "17:00" })),
    ).toEqual([["days", "Each day once"]]);
    expect(issues(restrictionSchema.safeParse({ days: [], start: "09:00", end: "17:00" }))[0]?.[0]).toBe(
      "days",
    );
  });
});

describe("an override", () => {
  it("runs forward, for at most 366 days", () => {
    const from = "2026-11-04T12:00:00Z";
    expect(overrideSchema.safeParse({ userId: ADA, from, to: "2026-11-04T18:00:00Z" }).success).toBe(true);
    expect(issues(overrideSchema.safeParse({ userId: ADA, from, to: from }))).toEqual([
      ["to", "Ends after it starts"],
    ]);
    expect(issues(overrideSchema.safeParse({ userId: ADA, from, to: "2027-11-06T12:00:00Z" }))).toEqual([
      ["to", "At most 366 days"],
    ]);
  });
});

describe("a segment in an API response", () => {
  it("has ISO instants and no other fields", () => {
    const from = new Date("2026-11-04T11:00:00Z");
    const to = new Date("2026-11-04T17:00:00Z");
    expect(toSegmentResponse({ from, to, userId: BOB, layer: "override", isGap: false })).toEqual({
      from: "2026-11-04T11:00:00.000Z",
      to: "2026-11-04T17:00:00.000Z",
      userId: BOB,
      layer: "override",
      isGap: false,
    });
    expect(
      Object.keys(toSegmentResponse({ from, to, userId: null, layer: null, isGap: true, extra: 1 } as never)),
    ).not.toContain("extra");
  });
});
