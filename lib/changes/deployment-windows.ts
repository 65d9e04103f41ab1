// Deployment windows (handbook, all UTC). A window is [start, end): 10:00 is inside, 14:00 is not.
// A planned change must sit entirely inside one occurrence; freezes refuse scheduling on top of that,
// and only an authorized emergency may ignore both.
import type { Environment } from "@/lib/changes/types";

export type TimeRange = { start: Date; end: Date };
export type Freeze = TimeRange & { reason?: string };

// Days are getUTCDay() numbers (0 = Sunday); hours are UTC hours of the window's start and end.
type WeeklyWindow = { days: readonly number[]; startHour: number; endHour: number };

export const WINDOW_RULES: Record<Exclude<Environment, "DEVELOPMENT">, WeeklyWindow> = {
  PRODUCTION: { days: [2, 4], startHour: 10, endHour: 14 },
  STAGING: { days: [1, 2, 3, 4, 5], startHour: 9, endHour: 17 },
};

const DAY = 86_400_000;
const HOUR = 3_600_000;

const utcMidnight = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

function occurrenceOn(rule: WeeklyWindow, midnight: number): TimeRange | null {
  if (!rule.days.includes(new Date(midnight).getUTCDay())) return null;
  return { start: new Date(midnight + rule.startHour * HOUR), end: new Date(midnight + rule.endHour * HOUR) };
}

const validRange = (start: Date, end: Date) =>
  !Number.isNaN(start.getTime()) && !Number.isNaN(end.getTime()) && start.getTime() < end.getTime();

// The window occurrence that wholly contains [start, end), or null. Development is always open.
export function windowContaining(environment: Environment, start: Date, end: Date): TimeRange | null {
  if (!validRange(start, end)) return null;
  if (environment === "DEVELOPMENT") return { start, end };
  // Windows never span midnight, so only the occurrence on the start's UTC day can contain the range.
  const occurrence = occurrenceOn(WINDOW_RULES[environment], utcMidnight(start));
  if (!occurrence) return null;
  return start.getTime() >= occurrence.start.getTime() && end.getTime() <= occurrence.end.getTime()
    ? occurrence
    : null;
}

const overlaps = (a: TimeRange, b: TimeRange) =>
  a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();

export type ScheduleInput = {
  environment: Environment;
  start: Date;
  end: Date;
  freezes: readonly Freeze[];
  emergencyAuthorized: boolean;
};
export type ScheduleVerdict = { ok: true } | { ok: false; reasons: string[] };

export function checkSchedule({
  environment,
  start,
  end,
  freezes,
  emergencyAuthorized,
}: ScheduleInput): ScheduleVerdict {
  if (!validRange(start, end))
    return { ok: false, reasons: ["The planned end must be after the planned start"] };
  // The emergency CAB's authorization is what lets a change go out of window or through a freeze.
  if (emergencyAuthorized) return { ok: true };
  const reasons: string[] = [];
  if (!windowContaining(environment, start, end))
    reasons.push(`The planned time is not inside one ${environment.toLowerCase()} deployment window`);
  for (const freeze of freezes) {
    if (overlaps({ start, end }, freeze))
      reasons.push(`The planned time overlaps a change freeze${freeze.reason ? ` (${freeze.reason})` : ""}`);
  }
  return reasons.length ? { ok: false, reasons } : { ok: true };
}

// Window occurrences overlapping [from, to), for the change calendar. Development is one open range.
export function windowsBetween(environment: Environment, from: Date, to: Date): TimeRange[] {
  if (!validRange(from, to)) return [];
  if (environment === "DEVELOPMENT") return [{ start: from, end: to }];
  const rule = WINDOW_RULES[environment];
  const result: TimeRange[] = [];
  for (let day = utcMidnight(from); day < to.getTime(); day += DAY) {
    const occurrence = occurrenceOn(rule, day);
    if (occurrence && overlaps(occurrence, { start: from, end: to })) result.push(occurrence);
  }
  return result;
}

// Whether an environment's deployment window is open at `now`, the occurrence it is in, the next one
// (looking a fortnight ahead), and whether a freeze covering that environment is in force. Development
// is always open and has no occurrences.
export function windowStatus(
  environment: Environment,
  now: Date,
  freezes: readonly (Freeze & { environments: readonly Environment[] })[],
) {
  const frozen = freezes.some(
    (f) =>
      f.environments.includes(environment) &&
      f.start.getTime() <= now.getTime() &&
      now.getTime() < f.end.getTime(),
  );
  if (environment === "DEVELOPMENT") return { environment, open: true, current: null, next: null, frozen };
  const upcoming = windowsBetween(environment, now, new Date(now.getTime() + 14 * DAY));
  const current =
    upcoming.find((w) => w.start.getTime() <= now.getTime() && now.getTime() < w.end.getTime()) ?? null;
  const next = upcoming.find((w) => w.start.getTime() > now.getTime()) ?? null;
  return { environment, open: current !== null, current, next, frozen };
}
