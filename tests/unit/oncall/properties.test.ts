// Property tests over generated schedules: rotations in zones with DST (one of them with a 30-minute
// change, one changing at midnight), restrictions and overlapping overrides, over windows placed
// anywhere in 2026 and around its clock changes.
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { finalSchedule, nextHandoff, onCallAt, whoIsOnCallAt } from "@/lib/oncall/final-schedule";
import { turnIndexAt, turnSpans } from "@/lib/oncall/rotation";
import { WEEKDAYS, type Layer, type Override, type Restriction, type Schedule } from "@/lib/oncall/schemas";
import { DAY_MS, HOUR_MS, MINUTE_MS, instantAtLocal, zoneFor } from "@/lib/oncall/zone-time";

const ZONES = [
  "Europe/Berlin",
  "America/New_York",
  "Australia/Sydney",
  "Australia/Lord_Howe", // DST is 30 minutes
  "America/Santiago", // clocks change at midnight
  "Asia/Kolkata", // no DST, +05:30
  "UTC",
];
const PEOPLE = ["ada", "bob", "cy", "dee", "eve"];
const YEAR_START = Date.parse("2026-01-01T00:00:00Z");
// Days in 2026 when at least one of ZONES changes its clocks.
const CHANGE_DAYS = [
  "2026-03-08",
  "2026-03-29",
  "2026-04-05",
  "2026-09-06",
  "2026-10-04",
  "2026-10-25",
  "2026-11-01",
].map((d) => Date.parse(`${d}T00:00:00Z`));
// Every 2026 clock change of ZONES, as [zone, instant of the change].
const TRANSITIONS: [string, string][] = [
  ["Europe/Berlin", "2026-03-29T01:00:00Z"],
  ["Europe/Berlin", "2026-10-25T01:00:00Z"],
  ["America/New_York", "2026-03-08T07:00:00Z"],
  ["America/New_York", "2026-11-01T06:00:00Z"],
  ["Australia/Sydney", "2026-04-04T16:00:00Z"],
  ["Australia/Sydney", "2026-10-03T16:00:00Z"],
  ["Australia/Lord_Howe", "2026-04-04T15:00:00Z"],
  ["Australia/Lord_Howe", "2026-10-03T15:30:00Z"],
  ["America/Santiago", "2026-04-05T03:00:00Z"],
  ["America/Santiago", "2026-09-06T04:00:00Z"],
];
const RUNS = { numRuns: 150 };

/** The wall-clock reading at `ms` as if it were UTC, read through luxon's DateTime. */
function wallMs(ms: number, zone: string): number {
  const d = DateTime.fromMillis(ms, { zone });
  return Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second, d.millisecond);
}

// Times of day clustered where clocks change (00:00–03:00) plus anywhere.
const localTime = fc.oneof(
  fc.constantFrom("00:00", "00:30", "01:30", "02:00", "02:30", "03:00", "09:00", "23:30"),
  fc
    .integer({ min: 0, max: 24 * 60 - 1 })
    .map((m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`),
);

// An instant in 2026, half of the time within two days of a clock change.
const instant = fc.oneof(
  fc.integer({ min: 0, max: 365 * 24 * 60 }).map((m) => YEAR_START + m * MINUTE_MS),
  fc
    .tuple(fc.constantFrom(...CHANGE_DAYS), fc.integer({ min: -48 * 60, max: 48 * 60 }))
    .map(([day, m]) => day + m * MINUTE_MS),
);

const restriction: fc.Arbitrary<Restriction> = fc.record({
  days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
  start: localTime,
  end: fc.oneof(localTime, fc.constant("24:00")),
});

// Layers and overrides are placed relative to the window's start, so they overlap it and each other.
const layerShape = fc.record(
  {
    people: fc.array(fc.constantFrom(...PEOPLE), { minLength: 1, maxLength: 4 }),
    startsAtMinutes: fc.integer({ min: -30 * 24 * 60, max: 3 * 24 * 60 }),
    handoffTime: localTime,
    turn: fc.oneof(
      fc.record({ unit: fc.constant("day" as const), length: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ unit: fc.constant("week" as const), length: fc.integer({ min: 1, max: 2 }) }),
      fc.record({ unit: fc.constant("hours" as const), length: fc.integer({ min: 1, max: 36 }) }),
    ),
    restrictions: fc.array(restriction, { maxLength: 2 }),
  },
  { requiredKeys: ["people", "startsAtMinutes", "handoffTime", "turn"] },
);

const overrideShape = fc.record({
  userId: fc.constantFrom(...PEOPLE),
  startMinutes: fc.integer({ min: -24 * 60, max: 10 * 24 * 60 }),
  minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }),
});

type Case = { schedule: Schedule; from: Date; to: Date };

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    from: instant,
    minutes: fc.integer({ min: 1, max: 10 * 24 * 60 }),
    layers: fc.array(layerShape, { minLength: 1, maxLength: 3 }),
    overrides: fc.array(overrideShape, { maxLength: 4 }),
  })
  .map(({ timeZone, from, minutes, layers, overrides }) => ({
    schedule: {
      timeZone,
      layers: layers.map(({ startsAtMinutes, ...l }): Layer => ({
        ...l,
        startsAt: new Date(from + startsAtMinutes * MINUTE_MS),
      })),
      overrides: overrides.map((o): Override => ({
        userId: o.userId,
        from: new Date(from + o.startMinutes * MINUTE_MS),
        to: new Date(from + (o.startMinutes + o.minutes) * MINUTE_MS),
      })),
    },
    from: new Date(from),
    to: new Date(from + minutes * MINUTE_MS),
  }));

describe("the final schedule, over generated schedules", () => {
  it("covers [from, to) with contiguous, non-empty, merged segments: one person or a flagged gap", () => {
    fc.assert(
      fc.property(caseArb, ({ schedule: s, from, to }) => {
        const segments = finalSchedule(s, from, to);
        expect(segments[0]?.from).toEqual(from);
        expect(segments.at(-1)?.to).toEqual(to);
        segments.forEach((seg, i) => {
          expect(seg.to.getTime()).toBeGreaterThan(seg.from.getTime());
          expect(seg.isGap).toBe(seg.userId === null);
          expect(seg.layer === null).toBe(seg.isGap);
          const next = segments[i + 1];
          if (next) {
            expect(next.from).toEqual(seg.to);
            expect([next.userId, next.layer]).not.toEqual([seg.userId, seg.layer]);
          }
        });
      }),
      RUNS,
    );
  });

  it("at every instant agrees with the rules read for that instant alone", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 8 }),
        ({ schedule: s, ...w }, fractions) => {
          const segments = finalSchedule(s, w.from, w.to);
          const span = w.to.getTime() - w.from.getTime();
          // Every segment's first and last millisecond, plus instants anywhere.
          const probes = [
            ...segments.flatMap((seg) => [seg.from.getTime(), seg.to.getTime() - 1]),
            ...fractions.map((f) => w.from.getTime() + Math.min(span - 1, Math.floor(f * span))),
          ];
          for (const ms of probes) {
            const seg = segments.find((x) => x.from.getTime() <= ms && ms < x.to.getTime());
            expect(seg).toBeDefined();
            expect(whoIsOnCallAt(s, new Date(ms))).toEqual({ userId: seg!.userId, layer: seg!.layer });
          }
        },
      ),
      RUNS,
    );
  });

  it("onCallAt and nextHandoff agree with the timeline", () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0, max: 1, noNaN: true }), ({ schedule: s, ...w }, f) => {
        const span = w.to.getTime() - w.from.getTime();
        const at = w.from.getTime() + Math.min(span - 1, Math.floor(f * span));
        const seg = finalSchedule(s, w.from, w.to).find(
          (x) => x.from.getTime() <= at && at < x.to.getTime(),
        )!;
        const now = onCallAt(s, new Date(at));
        expect({ userId: now.userId, layer: now.layer, isGap: now.isGap }).toEqual({
          userId: seg.userId,
          layer: seg.layer,
          isGap: seg.isGap,
        });
        // The stretch contains the segment, the same person holds it throughout, and it ends at the next handoff.
        if (now.from) {
          expect(now.from.getTime()).toBeLessThanOrEqual(seg.from.getTime());
          expect(whoIsOnCallAt(s, now.from).userId).toBe(now.userId);
          expect(whoIsOnCallAt(s, new Date(now.from.getTime() - 1)).userId).not.toBe(now.userId);
        }
        const next = nextHandoff(s, new Date(at));
        expect(next?.at ?? null).toEqual(now.until);
        if (now.until && next) {
          expect(now.until.getTime()).toBeGreaterThanOrEqual(seg.to.getTime());
          expect(whoIsOnCallAt(s, new Date(now.until.getTime() - 1)).userId).toBe(now.userId);
          expect(whoIsOnCallAt(s, now.until)).toEqual({ userId: next.userId, layer: next.layer });
          expect(next.userId).not.toBe(now.userId);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("handoffs, over generated rotations", () => {
  it("day and week turns hand off at the first instant the wall clock reads the handoff time", () => {
    fc.assert(
      fc.property(caseArb, ({ schedule: { timeZone: zone, layers }, ...w }) => {
        for (const l of layers.filter((x) => x.turn.unit !== "hours")) {
          const spans = turnSpans(l, zoneFor(zone), w.from.getTime(), w.to.getTime());
          const [hh = 0, mm = 0] = l.handoffTime!.split(":").map(Number);
          for (const span of spans.slice(1)) {
            const h = span.start;
            const d = DateTime.fromMillis(h, { zone });
            const target = Date.UTC(d.year, d.month - 1, d.day, hh, mm);
            // Reads the handoff time, or later only when the clock jumped over it at that very instant…
            expect(wallMs(h, zone)).toBeGreaterThanOrEqual(target);
            if (wallMs(h, zone) !== target) expect(wallMs(h - 1, zone)).toBeLessThan(target);
            // …and never read it before (a doubled time's second occurrence would fail here).
            for (const back of [1, 30 * MINUTE_MS, HOUR_MS, 2 * HOUR_MS])
              expect(wallMs(h - back, zone)).toBeLessThan(target);
          }
        }
      }),
      RUNS,
    );
  });

  it("turns follow one another, each the next person in the list; hour turns are exact real hours", () => {
    fc.assert(
      fc.property(caseArb, ({ schedule: { timeZone: zone, layers }, ...w }) => {
        for (const l of layers) {
          const clock = zoneFor(zone);
          const spans = turnSpans(l, clock, w.from.getTime(), w.to.getTime());
          const first = turnIndexAt(l, clock, Math.max(w.from.getTime(), l.startsAt.getTime()));
          spans.forEach((span, i) => {
            const k = (first ?? 0) + i;
            expect(span.userId).toBe(l.people[k % l.people.length]);
            if (i > 0 && l.turn.unit === "hours")
              expect(span.start - l.startsAt.getTime()).toBe(k * l.turn.length * HOUR_MS);
            if (i > 0) expect(span.start).toBe(spans[i - 1]!.end);
          });
          if (w.to.getTime() <= l.startsAt.getTime()) expect(spans).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it("a local time maps to the first instant whose wall clock reads it or later", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          // Anywhere in the year…
          fc
            .tuple(fc.constantFrom(...ZONES), instant, fc.integer({ min: 0, max: 24 * 60 }))
            .map(([zone, ms, minute]) => ({
              zone,
              target: Math.floor(ms / DAY_MS) * DAY_MS + minute * MINUTE_MS,
            })),
          // …and, mostly, wall-clock times within 90 minutes of a clock change (in its gap or its fold).
          fc
            .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -90, max: 90 }))
            .map(([[zone, utc], minutes]) => ({
              zone,
              target: wallMs(Date.parse(utc), zone) + minutes * MINUTE_MS,
            })),
          fc
            .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -90, max: 90 }))
            .map(([[zone, utc], minutes]) => ({
              zone,
              target: wallMs(Date.parse(utc) - 1, zone) + minutes * MINUTE_MS,
            })),
        ),
        ({ zone, target }) => {
          const at = instantAtLocal(
            Math.floor(target / DAY_MS),
            (target % DAY_MS) / MINUTE_MS,
            zoneFor(zone),
          );
          expect(wallMs(at, zone)).toBeGreaterThanOrEqual(target);
          expect(wallMs(at, zone) - target).toBeLessThanOrEqual(HOUR_MS);
          for (const back of [1, 30 * MINUTE_MS, HOUR_MS, 2 * HOUR_MS])
            expect(wallMs(at - back, zone)).toBeLessThan(target);
        },
      ),
      { numRuns: 300 },
    );
  });
});
