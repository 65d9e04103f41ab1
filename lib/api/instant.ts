// Date and time inputs. ISO 8601 allows year 0000 (and an offset can move 0001 into it), which
// PostgreSQL cannot store: such input must be a 422 naming the field, never a database error.
import { z } from "zod";

const storable = (v: string) => {
  const year = new Date(v).getUTCFullYear();
  // An unreadable value is the format check's to report, once.
  return Number.isNaN(year) || (year >= 1970 && year <= 9999);
};

export const instant = z.iso.datetime({ offset: true, message: "Use an ISO 8601 date and time" }).refine(storable, "Use a date between 1970 and 9999");

export const calendarDate = (message = "Use a date like 2026-12-31") => z.iso.date(message).refine(storable, "Use a date between 1970 and 9999");
