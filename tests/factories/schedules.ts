// On-call schedule factories: unique names, through the domain functions (so audited like real data).
import type { Principal } from "@/lib/auth/principal";
import type { CreateScheduleInput } from "@/lib/oncall/api-schemas";
import { createSchedule } from "@/lib/oncall/schedules";
import { unique } from "./index";

/** A one-layer schedule in UTC: daily turns at 09:00 from 1 Dec 2026, in the order of `people`. */
export function scheduleInput(
  people: string[],
  overrides: Partial<CreateScheduleInput> = {},
): CreateScheduleInput {
  return {
    name: unique("Schedule"),
    description: "",
    timeZone: "UTC",
    layers: [
      {
        people,
        startsAt: new Date("2026-12-01T09:00:00Z"),
        handoffTime: "09:00",
        turn: { unit: "day", length: 1 },
      },
    ],
    ...overrides,
  };
}

/** Creates a schedule as `actor` (an ops manager or admin); the answer includes its feed URL. */
export async function createTestSchedule(
  actor: { id: string; email: string; name?: string },
  people: string[],
  overrides: Partial<CreateScheduleInput> = {},
) {
  const principal: Principal = { name: "Test", ...actor, roles: ["ADMIN"], via: "token" };
  return createSchedule(principal, scheduleInput(people, overrides));
}
