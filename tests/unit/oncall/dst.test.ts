// Daylight saving: handoffs keep their local time, impossible local times move to the clock's jump,
// doubled ones take their first occurrence, hour turns are real hours. The 2026 changes used:
//   Europe/Berlin     spring 03-29 02:00→03:00, fall 10-25 03:00→02:00 (both at 01:00 UTC)
//   America/New_York  spring 03-08 02:00→03:00 (07:00 UTC), fall 11-01 02:00→01:00 (06:00 UTC)
//   Australia/Sydney  fall 04-05 03:00→02:00 (04-04 16:00 UTC), spring 10-04 02:00→03:00 (10-03 16:00 UTC)
import { describe, expect, it } from "vitest";
import { finalSchedule } from "@/lib/oncall/final-schedule";
import { handoffAt } from "@/lib/oncall/rotation";
import { instantAtLocal, zoneFor } from "@/lib/oncall/zone-time";
import { ADA, BOB, hours, layer, local, rows, schedule, wall } from "./helpers";

const CHANGES = [
  { zone: "Europe/Berlin", kind: "spring-forward", day: "2026-03-29", realHours: 23 },
  { zone: "Europe/Berlin", kind: "fall-back", day: "2026-10-25", realHours: 25 },
  { zone: "America/New_York", kind: "spring-forward", day: "2026-03-08", realHours: 23 },
  { zone: "America/New_York", kind: "fall-back", day: "2026-11-01", realHours: 25 },
  { zone: "Australia/Sydney", kind: "fall-back", day: "2026-04-05", realHours: 25 },
  { zone: "Australia/Sydney", kind: "spring-forward", day: "2026-10-04", realHours: 23 },
] as const;

const shiftDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe.each(CHANGES)("$zone $kind on $day", ({ zone, day, realHours }) => {
  it(`a daily 09:00 handoff stays 09:00 local; the turn ending on the day is ${realHours} h`, () => {
    const s = schedule(zone, [
      layer({ people: [ADA, BOB], startsAt: local(zone, `${shiftDays(day, -3)} 09:00`) }),
    ]);
    const segments = finalSchedule(
      s,
      local(zone, `${shiftDays(day, -3)} 09:00`),
      local(zone, `${shiftDays(day, 3)} 09:00`),
    );
    expect(segments).toHaveLength(6);
    for (const seg of segments) {
      expect(wall(zone, seg.from).slice(11)).toBe("09:00");
      expect(wall(zone, seg.to).slice(11)).toBe("09:00");
    }
    expect(segments.map((seg) => hours(seg.from, seg.to))).toEqual([24, 24, realHours, 24, 24, 24]);
    expect(segments.map((seg) => seg.userId)).toEqual([ADA, BOB, ADA, BOB, ADA, BOB]);
  });

  it(`a weekly 09:00 handoff: the week across the change is ${7 * 24 + realHours - 24} h`, () => {
    const start = local(zone, `${shiftDays(day, -3)} 09:00`);
    const s = schedule(zone, [
      layer({ people: [ADA, BOB], startsAt: start, turn: { unit: "week", length: 1 } }),
    ]);
    const [first, second] = finalSchedule(s, start, local(zone, `${shiftDays(day, 11)} 09:00`));
    expect(hours(first!.from, first!.to)).toBe(7 * 24 + realHours - 24);
    expect(wall(zone, first!.to)).toBe(`${shiftDays(day, 4)} 09:00`);
    expect(second).toMatchObject({ userId: BOB });
  });

  it("hour turns are real hours: the wall-clock handoff moves by the change", () => {
    const start = local(zone, `${shiftDays(day, -1)} 08:00`);
    const s = schedule(zone, [
      layer({ people: [ADA, BOB], startsAt: start, turn: { unit: "hours", length: 12 } }),
    ]);
    const segments = finalSchedule(s, start, new Date(start.getTime() + 48 * 3_600_000));
    expect(segments.map((seg) => hours(seg.from, seg.to))).toEqual([12, 12, 12, 12]);
    const shift = realHours === 23 ? "09:00" : "07:00";
    expect(wall(zone, segments[2]!.from)).toBe(`${day} ${shift}`);
  });

  it(`a 09:00–17:00 restriction is 09:00–17:00 local on the day (8 real hours)`, () => {
    const s = schedule(zone, [
      layer({
        people: [ADA],
        startsAt: local(zone, `${shiftDays(day, -7)} 09:00`),
        restrictions: [
          { days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], start: "09:00", end: "17:00" },
        ],
      }),
    ]);
    const segments = finalSchedule(s, local(zone, `${day} 00:00`), local(zone, `${day} 23:00`));
    expect(rows(zone, segments)).toEqual([
      [`${day} 00:00`, `${day} 09:00`, null, null],
      [`${day} 09:00`, `${day} 17:00`, ADA, 0],
      [`${day} 17:00`, `${day} 23:00`, null, null],
    ]);
    expect(hours(segments[1]!.from, segments[1]!.to)).toBe(8);
  });
});

describe("local times that do not exist or exist twice", () => {
  it.each([
    ["Europe/Berlin", "2026-03-29", "02:30", "2026-03-29T01:00:00.000Z", "2026-03-29 03:00"],
    ["America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00.000Z", "2026-03-08 03:00"],
    ["Australia/Sydney", "2026-10-04", "02:30", "2026-10-03T16:00:00.000Z", "2026-10-04 03:00"],
  ])("%s: a %s %s handoff (in the gap) happens when the clock jumps, %s", (zone, day, time, utc, shown) => {
    const s = schedule(zone, [
      layer({ people: [ADA, BOB], startsAt: local(zone, `${shiftDays(day, -1)} 12:00`), handoffTime: time }),
    ]);
    const [first, second] = finalSchedule(
      s,
      local(zone, `${shiftDays(day, -1)} 12:00`),
      local(zone, `${day} 12:00`),
    );
    expect(first!.to.toISOString()).toBe(utc);
    expect(wall(zone, second!.from)).toBe(shown);
    // The day after, the handoff is back at 02:30 local.
    expect(wall(zone, handoffAt(s.layers[0]!, zoneFor(zone), 2))).toBe(`${shiftDays(day, 1)} ${time}`);
  });

  it.each([
    ["Europe/Berlin", "2026-10-25", "02:30", "2026-10-25T00:30:00.000Z"],
    ["America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00.000Z"],
    ["Australia/Sydney", "2026-04-05", "02:30", "2026-04-04T15:30:00.000Z"],
  ])("%s: a %s %s handoff (doubled) happens at its first occurrence, %s", (zone, day, time, utc) => {
    const s = schedule(zone, [
      layer({ people: [ADA, BOB], startsAt: local(zone, `${shiftDays(day, -1)} 12:00`), handoffTime: time }),
    ]);
    const [first] = finalSchedule(s, local(zone, `${shiftDays(day, -1)} 12:00`), local(zone, `${day} 12:00`));
    expect(first!.to.toISOString()).toBe(utc);
  });

  it("a day's midnight that does not exist (America/Santiago, clocks jump at 24:00) is 01:00", () => {
    // Chile moved from -04 to -03 on 2026-09-06 at 00:00 local.
    const day = Math.floor(Date.parse("2026-09-06T00:00:00Z") / 86_400_000);
    const at = instantAtLocal(day, 0, zoneFor("America/Santiago"));
    expect(wall("America/Santiago", at)).toBe("2026-09-06 01:00");
    expect(new Date(at).toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });
});
