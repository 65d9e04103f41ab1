// The schedules API's input schemas: malformed input is a list of field issues (a 422), never a throw.
import { describe, expect, it } from "vitest";
import { createOverrideInput, createScheduleInput, updateScheduleInput } from "@/lib/oncall/api-schemas";
import { overrideSchema } from "@/lib/oncall/schemas";

const ID = "00000000-0000-4000-8000-000000000000";
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("override input", () => {
  // Found by tests/integration/fuzz.test.ts: a malformed time made the range check throw (a 500).
  it("reports a malformed from or to as that field's issue instead of throwing", () => {
    const bad = { userId: ID, from: "not a time", to: "2026-12-01T09:00:00Z" };
    expect(paths(overrideSchema.safeParse(bad))).toEqual(["from"]);
    expect(paths(createOverrideInput.safeParse({ version: 1, ...bad, to: "nope" }))).toEqual(["from", "to"]);
  });

  it("refuses an override that ends before it starts or lasts over 366 days, on `to`", () => {
    const at = (to: string) =>
      createOverrideInput.safeParse({ version: 1, userId: ID, from: "2026-12-01T09:00:00Z", to });
    expect(paths(at("2026-12-01T08:00:00Z"))).toEqual(["to"]);
    expect(paths(at("2027-12-03T09:00:00Z"))).toEqual(["to"]);
    expect(at("2026-12-02T09:00:00Z").success).toBe(true);
  });
});

describe("schedule input", () => {
  const layer = {
    people: [ID],
    startsAt: "2026-12-01T09:00:00Z",
    handoffTime: "09:00",
    turn: { unit: "day", length: 1 },
  };

  it("takes a name, a zone and layers, and refuses unknown fields", () => {
    expect(createScheduleInput.safeParse({ name: "Primary", timeZone: "UTC", layers: [layer] }).success).toBe(
      true,
    );
    expect(
      paths(
        createScheduleInput.safeParse({ name: "Primary", timeZone: "+02:00", layers: [layer], extra: 1 }),
      ),
    ).toEqual(expect.arrayContaining(["timeZone"]));
  });

  it("needs the version on an edit", () => {
    expect(paths(updateScheduleInput.safeParse({ name: "Renamed" }))).toEqual(["version"]);
  });
});
