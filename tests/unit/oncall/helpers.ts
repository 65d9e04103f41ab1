// Shared fixtures for the on-call tests: people, a local-time reader and writer built on luxon's own
// DateTime (not on lib/oncall/zone-time.ts, so the tests check that file rather than repeat it).
import { DateTime } from "luxon";
import type { Layer, Schedule, Segment } from "@/lib/oncall/schemas";

export const ADA = "00000000-0000-4000-8000-00000000000a";
export const BOB = "00000000-0000-4000-8000-00000000000b";
export const CY = "00000000-0000-4000-8000-00000000000c";
export const DEE = "00000000-0000-4000-8000-00000000000d";

/** An instant from a local wall-clock reading ("2026-03-29 09:00") that exists exactly once. */
export function local(zone: string, text: string): Date {
  const dt = DateTime.fromFormat(text, "yyyy-MM-dd HH:mm", { zone });
  if (!dt.isValid || dt.toFormat("yyyy-MM-dd HH:mm") !== text) throw new Error(`No such local time: ${text}`);
  return dt.toJSDate();
}

/** The wall-clock reading of an instant in a zone, e.g. "2026-03-29 09:00". */
export function wall(zone: string, at: Date | number): string {
  return DateTime.fromMillis(typeof at === "number" ? at : at.getTime(), { zone }).toFormat(
    "yyyy-MM-dd HH:mm",
  );
}

export const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000;

export function layer(l: Partial<Layer> & Pick<Layer, "people" | "startsAt">): Layer {
  return { handoffTime: "09:00", turn: { unit: "day", length: 1 }, ...l };
}

export function schedule(timeZone: string, layers: Layer[], overrides: Schedule["overrides"] = []): Schedule {
  return { timeZone, layers, overrides };
}

/** Segments as readable rows: [local from, local to, user, layer]. */
export function rows(zone: string, segments: readonly Segment[]) {
  return segments.map((s) => [wall(zone, s.from), wall(zone, s.to), s.userId, s.layer]);
}
