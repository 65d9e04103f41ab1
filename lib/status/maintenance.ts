// Scheduled maintenance on the status page, following an approved production change marked public (pure):
// announced a set time before its window (3 days by default), in progress and completed as the change
// moves — and by the clock when the change is not moved in time, so a finished window never stays "in
// progress" — moved when the change is rescheduled, and withdrawn when it is cancelled or sent back.
import type { ChangeStatus } from "@/lib/changes/lifecycle";

export const DEFAULT_ANNOUNCE_MINUTES = 3 * 24 * 60;
const MINUTE_MS = 60_000;

export type MaintenanceState = "SCHEDULED" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";

export type MaintenanceChange = {
  status: ChangeStatus;
  environment: "PRODUCTION" | "STAGING" | "DEVELOPMENT";
  isPublic: boolean;
  plannedStart: Date | null;
  plannedEnd: Date | null;
};

export type Maintenance = {
  state: MaintenanceState;
  start: Date;
  end: Date;
  /** When it appears on the page (SCHEDULED before then is not shown yet). */
  announceAt: Date;
  /** Whether the public sees it now. */
  visible: boolean;
  /** For a completed one: how it ended ("rolled back" reads differently from "completed"). */
  outcome: "completed" | "rolled back" | "ended as scheduled" | null;
};

const APPROVED_NOT_STARTED: readonly ChangeStatus[] = ["APPROVED", "SCHEDULED"];
const UNDER_WAY: readonly ChangeStatus[] = ["IMPLEMENTING", "VERIFYING"];

/**
 * The maintenance a change means at `now`, or null when it means none: not public, not production, not
 * (or no longer) approved, or without a window. A cancelled change that was already announced stays
 * visible as cancelled until its window would have ended; one never announced disappears.
 */
export function maintenanceFor(
  change: MaintenanceChange,
  now: Date,
  announceMinutes = DEFAULT_ANNOUNCE_MINUTES,
): Maintenance | null {
  if (!change.isPublic || change.environment !== "PRODUCTION" || !change.plannedStart || !change.plannedEnd)
    return null;
  const start = change.plannedStart;
  const end = change.plannedEnd;
  const announceAt = new Date(start.getTime() - announceMinutes * MINUTE_MS);
  const announced = now.getTime() >= announceAt.getTime();
  const base = { start, end, announceAt };
  if (APPROVED_NOT_STARTED.includes(change.status)) {
    if (now < start) return { ...base, state: "SCHEDULED", visible: announced, outcome: null };
    if (now < end) return { ...base, state: "IN_PROGRESS", visible: true, outcome: null };
    return { ...base, state: "COMPLETED", visible: true, outcome: "ended as scheduled" };
  }
  if (UNDER_WAY.includes(change.status))
    return { ...base, state: "IN_PROGRESS", visible: true, outcome: null };
  if (change.status === "COMPLETED" || change.status === "CLOSED")
    return { ...base, state: "COMPLETED", visible: true, outcome: "completed" };
  if (change.status === "ROLLED_BACK")
    return { ...base, state: "COMPLETED", visible: true, outcome: "rolled back" };
  if (change.status === "CANCELLED")
    return announced && now < end ? { ...base, state: "CANCELLED", visible: true, outcome: null } : null;
  return null; // a draft, in review again after a change to its scope, or rejected
}
