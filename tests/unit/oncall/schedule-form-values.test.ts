// The schedule form's values → the API's input: a layer's first handoff typed as a local day and time
// in the schedule's zone is sent as the instant they name there (the daylight-saving rule), a stored one
// goes back unchanged while its day, time and zone are, and the API's own schema accepts the result.
import { describe, expect, it } from "vitest";
import {
  firstHandoff,
  localDateText,
  newLayer,
  newScheduleValues,
  toCreateInput,
  toFormValues,
} from "@/app/(portal)/schedules/_components/schedule-form-values";
import { createScheduleInput, type ScheduleResponse } from "@/lib/oncall/api-schemas";

const ADA = "0b5c2f4e-8a55-4a43-9c1b-3f0d9f0e6a01";
const BOB = "0b5c2f4e-8a55-4a43-9c1b-3f0d9f0e6a02";

describe("firstHandoff", () => {
  it("is the local day and time in the zone, winter and summer", () => {
    const layer = { ...newLayer("2026-12-07", 1), handoffTime: "09:00" };
    expect(firstHandoff(layer, "Europe/Berlin")).toBe("2026-12-07T08:00:00.000Z");
    expect(firstHandoff({ ...layer, startDate: "2026-07-06" }, "Europe/Berlin")).toBe(
      "2026-07-06T07:00:00.000Z",
    );
  });

  it("moves a time that does not exist to the clock's jump", () => {
    const layer = { ...newLayer("2026-03-29", 1), handoffTime: "02:30" };
    expect(firstHandoff(layer, "Europe/Berlin")).toBe("2026-03-29T01:00:00.000Z");
  });

  it("is undefined for an unknown zone, a bad date or a bad time", () => {
    const layer = newLayer("2026-12-07", 1);
    expect(firstHandoff(layer, "Mars/Olympus")).toBeUndefined();
    expect(firstHandoff({ ...layer, startDate: "2026-02-30" }, "UTC")).toBeUndefined();
    expect(firstHandoff({ ...layer, handoffTime: "9am" }, "UTC")).toBeUndefined();
  });
});

describe("toCreateInput", () => {
  it("builds what the API accepts: weekly turns, people in order, restrictions", () => {
    const values = newScheduleValues("2026-12-07", "Europe/Berlin");
    values.name = "Platform primary";
    values.layers[0] = {
      ...values.layers[0]!,
      people: [ADA, BOB],
      restrictions: [{ days: ["mon", "tue"], start: "09:00", end: "17:00" }],
    };
    const parsed = createScheduleInput.safeParse(toCreateInput(values));
    expect(parsed.success).toBe(true);
    expect(parsed.data!.layers[0]).toMatchObject({
      name: "Layer 1",
      people: [ADA, BOB],
      handoffTime: "09:00",
      turn: { unit: "week", length: 1 },
      restrictions: [{ days: ["mon", "tue"], start: "09:00", end: "17:00" }],
    });
    expect(parsed.data!.layers[0]!.startsAt.toISOString()).toBe("2026-12-07T08:00:00.000Z");
  });

  it("names the fields to fix", () => {
    const values = newScheduleValues("", "Europe/Berlin");
    values.layers[0]!.length = "x";
    const parsed = createScheduleInput.safeParse(toCreateInput(values));
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["name", "layers.0.people", "layers.0.startsAt", "layers.0.turn.length"]),
    );
  });

  it("leaves the handoff time out of hour turns", () => {
    const values = newScheduleValues("2026-12-07", "UTC");
    values.layers[0] = { ...values.layers[0]!, unit: "hours", length: "12", people: [ADA] };
    expect(toCreateInput(values).layers[0]).not.toHaveProperty("handoffTime");
  });
});

describe("toFormValues", () => {
  const stored: ScheduleResponse = {
    id: "0b5c2f4e-8a55-4a43-9c1b-3f0d9f0e6a99",
    name: "Primary",
    description: "",
    timeZone: "Europe/Berlin",
    layers: [
      {
        people: [ADA, BOB],
        // 10:00 local in summer with a 09:00 handoff: the first turn is an hour short.
        startsAt: "2026-07-06T08:00:00.000Z",
        handoffTime: "09:00",
        turn: { unit: "week", length: 1 },
      },
    ],
    people: [],
    hasFeed: true,
    createdAt: "2026-07-01T00:00:00.000Z",
    updatedAt: "2026-07-01T00:00:00.000Z",
    version: 3,
  };

  it("sends a stored first handoff back unchanged until its day, time or zone is edited", () => {
    const values = toFormValues(stored);
    expect(values.layers[0]).toMatchObject({ startDate: "2026-07-06", handoffTime: "09:00", length: "1" });
    expect(toCreateInput(values).layers[0]!.startsAt).toBe("2026-07-06T08:00:00.000Z");
    values.layers[0]!.startDate = "2026-07-13";
    expect(toCreateInput(values).layers[0]!.startsAt).toBe("2026-07-13T07:00:00.000Z");
  });
});

describe("localDateText", () => {
  it("is the day on the zone's wall clock", () => {
    expect(localDateText(Date.parse("2026-12-06T23:30:00Z"), "Europe/Berlin")).toBe("2026-12-07");
  });
});
