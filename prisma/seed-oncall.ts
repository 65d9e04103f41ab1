// Demo on-call schedules: a primary (the two engineers in weekly turns, Monday 09:00 Berlin time) and a
// secondary (business hours only, the engineers and a security analyst a day at a time, so nights and
// weekends show as gaps), with one override tomorrow.
import type { Principal } from "@/lib/auth/principal";
import { createOverride } from "@/lib/oncall/overrides";
import { createSchedule } from "@/lib/oncall/schedules";

const DAY = 86_400_000;

/**
 * The rotations' first handoff: 08:00 UTC (09:00 in Berlin in winter) on the Monday two weeks before
 * this week's, so the demo has some history. Later handoffs follow the 09:00 local handoff time.
 */
function rotationStart(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 8));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY - 14 * DAY);
}

export async function seedDemoOnCall(
  people: { engineer: Principal; engineer2: Principal; security: Principal; manager: Principal },
  log: (line: string) => void,
  now = new Date(),
) {
  const startsAt = rotationStart(now);
  const primary = await createSchedule(people.manager, {
    name: "Platform primary",
    description: "First responder for every production service. Weekly turns, handoff Monday 09:00.",
    timeZone: "Europe/Berlin",
    layers: [
      {
        name: "Weekly rotation",
        people: [people.engineer.id, people.engineer2.id],
        startsAt,
        handoffTime: "09:00",
        turn: { unit: "week", length: 1 },
      },
    ],
  });
  await createSchedule(people.manager, {
    name: "Platform secondary",
    description: "Backup in business hours; nights and weekends are not covered yet (shown as gaps).",
    timeZone: "Europe/Berlin",
    layers: [
      {
        name: "Business hours",
        people: [people.engineer2.id, people.engineer.id, people.security.id],
        startsAt,
        handoffTime: "09:00",
        turn: { unit: "day", length: 1 },
        restrictions: [{ days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "17:00" }],
      },
    ],
  });
  // Eli covers tomorrow on the primary rotation (a swap): an override.
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 8));
  await createOverride(people.manager, primary.id, {
    version: primary.version,
    userId: people.engineer2.id,
    from: tomorrow.toISOString(),
    to: new Date(tomorrow.getTime() + DAY).toISOString(),
  });
  log("seeded 2 on-call schedules");
}
