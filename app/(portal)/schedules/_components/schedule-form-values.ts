// What the schedule form holds (text for dates, times and numbers; rows for layers and restrictions)
// and how it becomes the API's input. A layer's first handoff is typed as a local date and time in the
// schedule's zone and sent as the instant they name there (the daylight-saving rule of docs/oncall.md).
// Pure: unit-tested; the API's own schemas validate the result.
import type { ScheduleResponse } from "@/lib/oncall/api-schemas";
import type { TurnUnit, Weekday } from "@/lib/oncall/schemas";
import {
  DAY_MS,
  instantAtLocal,
  isIanaZone,
  localDayOf,
  MINUTE_MS,
  minutesOf,
  wallClockAt,
  zoneFor,
} from "@/lib/oncall/zone-time";

export type RestrictionRow = { days: Weekday[]; start: string; end: string };

export type LayerRow = {
  name: string;
  /** User ids in turn order. */
  people: string[];
  /** The first handoff's local day "YYYY-MM-DD" and time "HH:MM" in the schedule's zone. */
  startDate: string;
  handoffTime: string;
  unit: TurnUnit;
  length: string;
  restrictions: RestrictionRow[];
  /** The stored first handoff, sent back as it was while its day, time and zone are unchanged. */
  kept?: { startsAt: string; key: string };
};

export type ScheduleFormValues = {
  name: string;
  description: string;
  timeZone: string;
  layers: LayerRow[];
};

export const WORKING_HOURS: RestrictionRow = {
  days: ["mon", "tue", "wed", "thu", "fri"],
  start: "09:00",
  end: "17:00",
};

const pad = (n: number) => String(n).padStart(2, "0");
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-07" for the local day `at` falls on in `timeZone` (the viewer's today in a new form). */
export function localDateText(at: number, timeZone: string): string {
  const wall = new Date(wallClockAt(at, zoneFor(timeZone)));
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

export function newLayer(today: string, number: number): LayerRow {
  return {
    name: `Layer ${number}`,
    people: [],
    startDate: today,
    handoffTime: "09:00",
    unit: "week",
    length: "1",
    restrictions: [],
  };
}

export function newScheduleValues(today: string, timeZone: string): ScheduleFormValues {
  return { name: "", description: "", timeZone, layers: [newLayer(today, 1)] };
}

const keyOf = (row: Pick<LayerRow, "startDate" | "handoffTime">, timeZone: string) =>
  `${row.startDate} ${row.handoffTime} ${timeZone}`;

/**
 * The first handoff as an ISO instant: the local day and time in the zone; undefined (the schema then
 * names the field) while the zone, the date or the time is not readable.
 */
export function firstHandoff(row: LayerRow, timeZone: string): string | undefined {
  if (row.kept && row.kept.key === keyOf(row, timeZone)) return row.kept.startsAt;
  const m = DATE.exec(row.startDate.trim());
  if (!m || !HHMM.test(row.handoffTime.trim()) || !isIanaZone(timeZone.trim())) return undefined;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  if (!Number.isInteger(day) || localDateText(day * DAY_MS, "UTC") !== m[0]) return undefined;
  return new Date(
    instantAtLocal(day, minutesOf(row.handoffTime.trim()), zoneFor(timeZone.trim())),
  ).toISOString();
}

/** "2" → 2; "" → undefined (the schema says it is required); "x" → NaN, which it refuses. */
const toNumber = (text: string) => (text.trim() === "" ? undefined : Number(text.trim()));

function toLayerInput(row: LayerRow, timeZone: string) {
  return {
    ...(row.name.trim() ? { name: row.name.trim() } : {}),
    people: row.people,
    startsAt: firstHandoff(row, timeZone) ?? row.startDate,
    ...(row.unit === "hours" ? {} : { handoffTime: row.handoffTime.trim() }),
    turn: { unit: row.unit, length: toNumber(row.length) },
    ...(row.restrictions.length
      ? {
          restrictions: row.restrictions.map((r) => ({
            days: r.days,
            start: r.start.trim(),
            end: r.end.trim(),
          })),
        }
      : {}),
  };
}

/** The create input (POST /api/schedules). */
export function toCreateInput(v: ScheduleFormValues) {
  const timeZone = v.timeZone.trim();
  return {
    name: v.name,
    description: v.description,
    timeZone,
    layers: v.layers.map((l) => toLayerInput(l, timeZone)),
  };
}

/** The edit input (PATCH /api/schedules/{id}) without its version (the edit panel adds the one it read). */
export const toUpdateInput = toCreateInput;

/** A stored schedule as the form's values. */
export function toFormValues(s: ScheduleResponse): ScheduleFormValues {
  const zone = zoneFor(s.timeZone);
  return {
    name: s.name,
    description: s.description,
    timeZone: s.timeZone,
    layers: s.layers.map((l) => {
      const at = Date.parse(l.startsAt);
      const wall = wallClockAt(at, zone);
      const minute = Math.round((wall - localDayOf(at, zone) * DAY_MS) / MINUTE_MS);
      const row = {
        startDate: localDateText(at, s.timeZone),
        handoffTime: l.handoffTime ?? `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`,
      };
      return {
        name: l.name ?? "",
        people: [...l.people],
        ...row,
        unit: l.turn.unit,
        length: String(l.turn.length),
        restrictions: (l.restrictions ?? []).map((r) => ({ ...r, days: [...r.days] })),
        kept: { startsAt: l.startsAt, key: keyOf(row, s.timeZone) },
      };
    }),
  };
}
