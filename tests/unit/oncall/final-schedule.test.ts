// The final schedule on hand-made examples. 2026-11-02 is a Monday; Berlin is on CET (UTC+1) all month.
import { describe, expect, it } from "vitest";
import { finalSchedule, mergeByPerson, nextHandoff, onCallAt } from "@/lib/oncall/final-schedule";
import { ADA, BOB, CY, DEE, hours, layer, local, rows, schedule } from "./helpers";

const Z = "Europe/Berlin";
const t = (text: string) => local(Z, text);

describe("a weekly rotation of three people", () => {
  const s = schedule(Z, [
    layer({ people: [ADA, BOB, CY], startsAt: t("2026-11-02 09:00"), turn: { unit: "week", length: 1 } }),
  ]);

  it("hands off every Monday at 09:00 in order, wrapping around; before the start is a flagged gap", () => {
    const segments = finalSchedule(s, t("2026-11-02 00:00"), t("2026-11-30 00:00"));
    expect(rows(Z, segments)).toEqual([
      ["2026-11-02 00:00", "2026-11-02 09:00", null, null],
      ["2026-11-02 09:00", "2026-11-09 09:00", ADA, 0],
      ["2026-11-09 09:00", "2026-11-16 09:00", BOB, 0],
      ["2026-11-16 09:00", "2026-11-23 09:00", CY, 0],
      ["2026-11-23 09:00", "2026-11-30 00:00", ADA, 0],
    ]);
    expect(segments.map((x) => x.isGap)).toEqual([true, false, false, false, false]);
  });

  it("says who is on call now, since when and until when, and who is next", () => {
    expect(onCallAt(s, t("2026-11-11 12:00"))).toEqual({
      userId: BOB,
      layer: 0,
      isGap: false,
      from: t("2026-11-09 09:00"),
      until: t("2026-11-16 09:00"),
    });
    expect(nextHandoff(s, t("2026-11-11 12:00"))).toEqual({
      at: t("2026-11-16 09:00"),
      userId: CY,
      layer: 0,
      isGap: false,
    });
  });

  it("a handoff instant belongs to the incoming person", () => {
    expect(onCallAt(s, t("2026-11-16 09:00")).userId).toBe(CY);
    expect(onCallAt(s, new Date(t("2026-11-16 09:00").getTime() - 1)).userId).toBe(BOB);
  });

  it("a window inside one turn is one segment clipped to the window", () => {
    expect(rows(Z, finalSchedule(s, t("2026-11-10 10:00"), t("2026-11-10 11:00")))).toEqual([
      ["2026-11-10 10:00", "2026-11-10 11:00", BOB, 0],
    ]);
    expect(finalSchedule(s, t("2026-11-10 10:00"), t("2026-11-10 10:00"))).toEqual([]);
  });
});

describe("restrictions let a lower layer show through", () => {
  const s = schedule(Z, [
    layer({
      name: "Business hours",
      people: [ADA],
      startsAt: t("2026-11-02 09:00"),
      restrictions: [{ days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "17:00" }],
    }),
    layer({
      name: "Around the clock",
      people: [BOB, CY],
      startsAt: t("2026-11-02 09:00"),
      turn: { unit: "week", length: 1 },
    }),
  ]);

  it("weekdays 09:00–17:00 go to the first layer, nights and the weekend to the second", () => {
    expect(rows(Z, finalSchedule(s, t("2026-11-06 00:00"), t("2026-11-09 12:00")))).toEqual([
      ["2026-11-06 00:00", "2026-11-06 09:00", BOB, 1],
      ["2026-11-06 09:00", "2026-11-06 17:00", ADA, 0],
      ["2026-11-06 17:00", "2026-11-09 09:00", BOB, 1],
      ["2026-11-09 09:00", "2026-11-09 12:00", ADA, 0],
    ]);
    // The second layer rotated on Monday 09:00 underneath: Monday evening is Cy's.
    expect(onCallAt(s, t("2026-11-09 18:00"))).toMatchObject({
      userId: CY,
      layer: 1,
      from: t("2026-11-09 17:00"),
      until: t("2026-11-10 09:00"),
    });
  });

  it("an overnight window (22:00–06:00) and a whole-day one (00:00–24:00)", () => {
    const nights = schedule(Z, [
      layer({
        people: [DEE],
        startsAt: t("2026-11-01 00:00"),
        restrictions: [
          { days: ["mon"], start: "22:00", end: "06:00" },
          { days: ["sat"], start: "00:00", end: "24:00" },
        ],
      }),
    ]);
    expect(rows(Z, finalSchedule(nights, t("2026-11-02 12:00"), t("2026-11-08 12:00")))).toEqual([
      ["2026-11-02 12:00", "2026-11-02 22:00", null, null],
      ["2026-11-02 22:00", "2026-11-03 06:00", DEE, 0],
      ["2026-11-03 06:00", "2026-11-07 00:00", null, null],
      ["2026-11-07 00:00", "2026-11-08 00:00", DEE, 0],
      ["2026-11-08 00:00", "2026-11-08 12:00", null, null],
    ]);
  });
});

describe("overrides", () => {
  const s = schedule(
    Z,
    [layer({ people: [ADA, BOB], startsAt: t("2026-11-02 09:00"), turn: { unit: "week", length: 1 } })],
    [{ userId: CY, from: t("2026-11-04 12:00"), to: t("2026-11-04 18:00") }],
  );

  it("someone covering part of a turn wins over the layer, then the turn resumes", () => {
    expect(rows(Z, finalSchedule(s, t("2026-11-02 09:00"), t("2026-11-09 09:00")))).toEqual([
      ["2026-11-02 09:00", "2026-11-04 12:00", ADA, 0],
      ["2026-11-04 12:00", "2026-11-04 18:00", CY, "override"],
      ["2026-11-04 18:00", "2026-11-09 09:00", ADA, 0],
    ]);
    expect(onCallAt(s, t("2026-11-04 13:00"))).toEqual({
      userId: CY,
      layer: "override",
      isGap: false,
      from: t("2026-11-04 12:00"),
      until: t("2026-11-04 18:00"),
    });
    expect(nextHandoff(s, t("2026-11-04 13:00"))).toMatchObject({
      at: t("2026-11-04 18:00"),
      userId: ADA,
      layer: 0,
    });
  });

  it("a person view merges a person's segments from different sources into one stretch", () => {
    const own = schedule(
      Z,
      [layer({ people: [ADA, BOB], startsAt: t("2026-11-02 09:00"), turn: { unit: "week", length: 1 } })],
      [{ userId: ADA, from: t("2026-11-08 09:00"), to: t("2026-11-09 12:00") }],
    );
    const segments = finalSchedule(own, t("2026-11-02 09:00"), t("2026-11-10 00:00"));
    expect(segments).toHaveLength(3);
    expect(rows(Z, mergeByPerson(segments))).toEqual([
      ["2026-11-02 09:00", "2026-11-09 12:00", ADA, 0],
      ["2026-11-09 12:00", "2026-11-10 00:00", BOB, 0],
    ]);
  });

  it("where overrides overlap the later one wins; an override filling a gap is no gap", () => {
    const overlapping = schedule(
      Z,
      [layer({ people: [ADA], startsAt: t("2026-11-02 09:00") })],
      [
        { userId: BOB, from: t("2026-11-02 00:00"), to: t("2026-11-02 12:00") },
        { userId: CY, from: t("2026-11-02 10:00"), to: t("2026-11-02 11:00") },
      ],
    );
    expect(rows(Z, finalSchedule(overlapping, t("2026-11-02 00:00"), t("2026-11-02 13:00")))).toEqual([
      ["2026-11-02 00:00", "2026-11-02 10:00", BOB, "override"],
      ["2026-11-02 10:00", "2026-11-02 11:00", CY, "override"],
      ["2026-11-02 11:00", "2026-11-02 12:00", BOB, "override"],
      ["2026-11-02 12:00", "2026-11-02 13:00", ADA, 0],
    ]);
  });

  it("covering one's own turn keeps one stretch for on-call and next handoff", () => {
    const own = schedule(
      Z,
      [layer({ people: [ADA, BOB], startsAt: t("2026-11-02 09:00"), turn: { unit: "week", length: 1 } })],
      [{ userId: ADA, from: t("2026-11-08 09:00"), to: t("2026-11-09 12:00") }],
    );
    expect(onCallAt(own, t("2026-11-03 09:00"))).toMatchObject({
      userId: ADA,
      layer: 0,
      from: t("2026-11-02 09:00"),
      until: t("2026-11-09 12:00"),
    });
    expect(nextHandoff(own, t("2026-11-03 09:00"))).toMatchObject({ at: t("2026-11-09 12:00"), userId: BOB });
  });
});

describe("gaps", () => {
  const s = schedule(Z, [
    layer({
      people: [ADA, BOB],
      startsAt: t("2026-11-02 09:00"),
      restrictions: [{ days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "17:00" }],
    }),
  ]);

  it("time outside every layer is a flagged gap segment (daily turns run on underneath)", () => {
    const segments = finalSchedule(s, t("2026-11-06 12:00"), t("2026-11-09 10:00"));
    expect(rows(Z, segments)).toEqual([
      ["2026-11-06 12:00", "2026-11-06 17:00", ADA, 0],
      ["2026-11-06 17:00", "2026-11-09 09:00", null, null],
      ["2026-11-09 09:00", "2026-11-09 10:00", BOB, 0],
    ]);
    expect(segments[1]).toMatchObject({ userId: null, layer: null, isGap: true });
  });

  it("on call in a gap is nobody, until the next person", () => {
    expect(onCallAt(s, t("2026-11-07 12:00"))).toEqual({
      userId: null,
      layer: null,
      isGap: true,
      from: t("2026-11-06 17:00"),
      until: t("2026-11-09 09:00"),
    });
    expect(nextHandoff(s, t("2026-11-07 12:00"))).toMatchObject({ at: t("2026-11-09 09:00"), userId: BOB });
  });
});

describe("turns", () => {
  it("custom turns of 12 hours alternate at 08:00 and 20:00", () => {
    const s = schedule(Z, [
      layer({ people: [ADA, BOB], startsAt: t("2026-11-02 08:00"), turn: { unit: "hours", length: 12 } }),
    ]);
    expect(rows(Z, finalSchedule(s, t("2026-11-02 08:00"), t("2026-11-03 20:00")))).toEqual([
      ["2026-11-02 08:00", "2026-11-02 20:00", ADA, 0],
      ["2026-11-02 20:00", "2026-11-03 08:00", BOB, 0],
      ["2026-11-03 08:00", "2026-11-03 20:00", ADA, 0],
    ]);
  });

  it("a rotation started after its handoff time: the first turn runs to the next day's handoff", () => {
    const s = schedule(Z, [
      layer({ people: [ADA, BOB], startsAt: t("2026-11-02 18:00"), turn: { unit: "day", length: 2 } }),
    ]);
    const segments = finalSchedule(s, t("2026-11-02 18:00"), t("2026-11-06 09:00"));
    expect(rows(Z, segments)).toEqual([
      ["2026-11-02 18:00", "2026-11-04 09:00", ADA, 0],
      ["2026-11-04 09:00", "2026-11-06 09:00", BOB, 0],
    ]);
    expect(hours(segments[0]!.from, segments[0]!.to)).toBe(39);
  });

  it("the first layer with someone wins; one person forever has no next handoff", () => {
    const s = schedule(Z, [
      layer({ people: [ADA], startsAt: t("2026-11-02 09:00") }),
      layer({ people: [BOB], startsAt: t("2026-11-01 09:00") }),
    ]);
    expect(rows(Z, finalSchedule(s, t("2026-11-02 00:00"), t("2026-11-03 00:00")))).toEqual([
      ["2026-11-02 00:00", "2026-11-02 09:00", BOB, 1],
      ["2026-11-02 09:00", "2026-11-03 00:00", ADA, 0],
    ]);
    expect(onCallAt(s, t("2026-11-10 00:00"))).toMatchObject({
      userId: ADA,
      from: t("2026-11-02 09:00"),
      until: null,
    });
    expect(nextHandoff(s, t("2026-11-10 00:00"))).toBeNull();
  });

  it("refuses to compute more than about two years at once", () => {
    const s = schedule(Z, [layer({ people: [ADA], startsAt: t("2026-11-02 09:00") })]);
    expect(() => finalSchedule(s, t("2026-01-01 00:00"), t("2028-06-01 00:00"))).toThrow(RangeError);
  });
});
