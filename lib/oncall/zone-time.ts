// Wall-clock arithmetic in a schedule's time zone. Schedules speak in local days and local times of day
// ("hand off at 09:00 Europe/Berlin"); everything else in the portal speaks in instants. The one rule
// that joins them (docs/oncall.md, "Daylight saving"):
//
//   a local time L on a local day D happens at the FIRST instant at which the zone's wall clock shows
//   D L or later.
//
// So a time that occurs twice (fall-back) is its first occurrence, and a time that does not exist
// (spring-forward's gap, 02:30 in Berlin on the last Sunday of March) is the instant the clock jumps
// over it (03:00 CEST). luxon's own `fromObject` differs on both (it picks the second occurrence and
// shifts a gap time by the gap's length, 02:30 → 03:30), hence this file; luxon still supplies the
// zone's offsets from the IANA database.
import { IANAZone } from "luxon";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** A local calendar day as a whole number of days since 1970-01-01 (the calendar's, not a zone's). */
export type LocalDay = number;

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * A zone's UTC offsets, read from luxon's IANA zone once per year and kept as a table of transitions:
 * schedule computations ask for thousands of offsets, and each `Intl` lookup costs tens of microseconds.
 * A year is scanned a day at a time (no zone changes its offset twice within a day).
 */
export class ZoneClock {
  private readonly years = new Map<number, { first: number; changes: { at: number; offset: number }[] }>();

  constructor(
    readonly name: string,
    private readonly zone: IANAZone,
  ) {}

  /** The offset from UTC in milliseconds at the instant `ms`. */
  offsetMs(ms: number): number {
    const year = new Date(ms).getUTCFullYear();
    let table = this.years.get(year);
    if (!table) {
      table = this.scanYear(year);
      this.years.set(year, table);
    }
    let offset = table.first;
    for (const change of table.changes) {
      if (change.at > ms) break;
      offset = change.offset;
    }
    return offset;
  }

  private read(ms: number): number {
    return this.zone.offset(ms) * MINUTE_MS;
  }

  private scanYear(year: number) {
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    const first = this.read(start);
    const changes: { at: number; offset: number }[] = [];
    let before = first;
    for (let t = start; t < end; t += DAY_MS) {
      const next = Math.min(t + DAY_MS, end);
      const after = this.read(next);
      if (after === before) continue;
      // Bisect to the millisecond the offset changes.
      let lo = t;
      let hi = next;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.read(mid) === before) lo = mid;
        else hi = mid;
      }
      if (hi < end) changes.push({ at: hi, offset: after });
      before = after;
    }
    return { first, changes };
  }
}

const zones = new Map<string, ZoneClock>();

/** The clock of an IANA zone; throws a RangeError for a name the IANA database does not know. */
export function zoneFor(name: string): ZoneClock {
  let zone = zones.get(name);
  if (!zone) {
    const iana = IANAZone.create(name);
    if (!iana.isValid) throw new RangeError(`Unknown time zone: ${name}`);
    zone = new ZoneClock(name, iana);
    zones.set(name, zone);
  }
  return zone;
}

/** Whether `name` is a time zone of the IANA database ("Europe/Berlin", "UTC"), not an offset like "+02:00". */
export function isIanaZone(name: string): boolean {
  return /^[A-Za-z]/.test(name) && IANAZone.isValidZone(name);
}

/** What the zone's wall clock shows at `ms`, written as if it were a UTC instant. */
export function wallClockAt(ms: number, zone: ZoneClock): number {
  return ms + zone.offsetMs(ms);
}

/** The local day an instant falls on. */
export function localDayOf(ms: number, zone: ZoneClock): LocalDay {
  return Math.floor(wallClockAt(ms, zone) / DAY_MS);
}

export function isoWeekdayOf(day: LocalDay): IsoWeekday {
  const sunday0 = new Date(day * DAY_MS).getUTCDay();
  return (sunday0 === 0 ? 7 : sunday0) as IsoWeekday;
}

/**
 * The instant of local day `day` at `minuteOfDay` minutes after local midnight (1440 is the next day's
 * midnight): the first instant at which the wall clock shows that time or later. Assumes at most one
 * offset change within a day either side, which holds for every zone in the IANA database since 1970.
 */
export function instantAtLocal(day: LocalDay, minuteOfDay: number, zone: ZoneClock): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
  // `wall` read as UTC is within ±14 h of the real instant; the offsets a day either side are the
  // only ones that can apply.
  const offsets = [zone.offsetMs(wall - DAY_MS), zone.offsetMs(wall + DAY_MS)];
  const valid = offsets
    .map((o) => wall - o)
    .filter((candidate) => wallClockAt(candidate, zone) === wall)
    .sort((a, b) => a - b);
  if (valid[0] !== undefined) return valid[0];
  // A gap: the wall clock jumps over `wall`. Find the jump by bisection between the two readings.
  let lo = wall - Math.max(...offsets); // reads before `wall`
  let hi = wall - Math.min(...offsets); // reads after `wall`
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallClockAt(mid, zone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** "09:00" → 540. */
export function minutesOf(hhmm: string): number {
  const [h = "0", m = "0"] = hhmm.split(":");
  return Number(h) * 60 + Number(m);
}
