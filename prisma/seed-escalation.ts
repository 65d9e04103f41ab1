// Demo escalation policies: one default per service tier, paging the primary schedule's on-call person,
// after 15 minutes without an acknowledgement the secondary's, after 15 more the ops managers, and then
// the whole policy once more. Run after the demo schedules (prisma/seed-oncall.ts).
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { createPolicy } from "@/lib/escalation/policies";
import { SERVICE_TIERS } from "@/lib/services/service-tier";

const TIER_NAMES = { CRITICAL: "Critical", STANDARD: "Standard", DEVELOPMENT: "Development" } as const;

export async function seedDemoEscalation(people: { manager: Principal }, log: (line: string) => void) {
  const schedules = await db.onCallSchedule.findMany({
    where: { name: { in: ["Platform primary", "Platform secondary"] } },
    select: { id: true, name: true },
  });
  const primary = schedules.find((s) => s.name === "Platform primary");
  const secondary = schedules.find((s) => s.name === "Platform secondary");
  if (!primary || !secondary) throw new Error("Seed the demo on-call schedules first");
  for (const tier of SERVICE_TIERS) {
    await createPolicy(people.manager, {
      name: `${TIER_NAMES[tier]} services (default)`,
      scope: { tier },
      steps: [
        { targets: [{ kind: "schedule", scheduleId: primary.id }], waitMinutes: 15 },
        { targets: [{ kind: "schedule", scheduleId: secondary.id }], waitMinutes: 15 },
        { targets: [{ kind: "role", role: "OPS_MANAGER" }], waitMinutes: 15 },
      ],
      repeat: 1,
    });
  }
  // The open incidents seeded above were reported before these policies existed: nobody is paged for
  // them (a new incident is; the demo's outbox shows it).
  const open = await db.incident.findMany({
    where: { status: { in: ["OPEN", "IN_PROGRESS"] } },
    select: { id: true, createdAt: true },
  });
  await db.incidentPaging.createMany({
    data: open.map((i) => ({
      incidentId: i.id,
      policyName: "",
      steps: [],
      repeat: 0,
      startedAt: i.createdAt,
      stoppedAt: new Date(),
      stopReason: "reported-before-policies",
    })),
    skipDuplicates: true,
  });
  log(`seeded ${SERVICE_TIERS.length} escalation policies (one default per tier)`);
}
