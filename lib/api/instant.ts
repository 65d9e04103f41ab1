// Date and time inputs. ISO 8601 allows year 0000 (and an offset can move 0001 into it, or 9999-12-31
// into year 10000), which PostgreSQL or the response's ISO format cannot hold: such input must be a 422
// naming the field, never a database or serialisation error.
import { z } from "zod";

/** Earliest and latest UTC years a date input, a stored time or a cursor may carry. */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 9999;

/** Whether a parsed time lies in the range JS, PostgreSQL and `toISOString()` all hold as `YYYY-…`. */
export function isStorableTime(time: number): boolean {
  if (!Number.isFinite(time)) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

// An unreadable value is the format check's to report, once.
const storable = (v: string) => Number.isNaN(Date.parse(v)) || isStorableTime(Date.parse(v));

export const instant = z.iso
  .datetime({ offset: true, message: "Use an ISO 8601 date and time" })
  .refine(storable, `Use a date between ${MIN_YEAR} and ${MAX_YEAR} (UTC)`);

export const calendarDate = (message = "Use a date like 2026-12-31") =>
  z.iso.date(message).refine(storable, `Use a date between ${MIN_YEAR} and ${MAX_YEAR}`);
