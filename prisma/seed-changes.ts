// Demo change history: three months of changes through the real domain functions (risk, routes, votes,
// windows, timelines and audit as the portal makes them), what is in flight now, a declared freeze, and
// the open P1 linked to the change that caused it.
import type { Principal } from "@/lib/auth/principal";
import { createFreeze } from "@/lib/changes/change-freezes";
import { createChange } from "@/lib/changes/create-change";
import type { RiskAnswers } from "@/lib/changes/risk-policy";
import type { CreateChangeInput } from "@/lib/changes/schemas";
import { submitChange } from "@/lib/changes/submit-change";
import { transitionChange } from "@/lib/changes/transition-change";
import type { ChangeCategory, Environment } from "@/lib/changes/types";
import { voteOnChange } from "@/lib/changes/vote-on-change";
import { db } from "@/lib/db";
import { updateIncident } from "@/lib/incidents/update-incident";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type People = {
  engineer: Principal;
  engineer2: Principal;
  manager: Principal;
  cab1: Principal;
  cab2: Principal;
  cab3: Principal;
};

const SAFE: RiskAnswers = {
  rollbackTested: "YES",
  changeSize: "SMALL",
  dataMigration: "NONE",
  offHoursDependency: "NO",
  priorFailures: "NO",
};
const MEDIUM: RiskAnswers = { ...SAFE, rollbackTested: "NO" };
const RISKY: RiskAnswers = {
  rollbackTested: "NO",
  changeSize: "LARGE",
  dataMigration: "IRREVERSIBLE",
  offHoursDependency: "NO",
  priorFailures: "NO",
};

// The production window (Tue/Thu 10:00 UTC) on or after `from`, `hours` long, starting at 10:00 + offset.
function productionSlot(from: number, hours = 1, offsetHours = 0) {
  const day = new Date(from);
  day.setUTCHours(0, 0, 0, 0);
  while (![2, 4].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  const start = day.getTime() + (10 + offsetHours) * HOUR;
  return {
    plannedStart: new Date(start).toISOString(),
    plannedEnd: new Date(start + hours * HOUR).toISOString(),
  };
}

function input(
  title: string,
  category: ChangeCategory,
  environment: Environment,
  services: string[],
  slot: { plannedStart: string; plannedEnd: string },
  riskAnswers: RiskAnswers,
): CreateChangeInput {
  return {
    title,
    description: `${title}. Tracked in the platform roadmap.`,
    category,
    environment,
    services,
    ...slot,
    implementationPlan:
      "1. Announce in #ops\n2. Deploy through the pipeline with the canary at 5 %\n3. Promote when error rate and latency hold for 15 minutes",
    rollbackPlan:
      "Redeploy the previous release from the pipeline; restore the configuration snapshot taken before the change.",
    verificationPlan: "Synthetic checks green, error rate below 0.1 %, p95 latency within 10 % of last week.",
    riskAnswers,
  };
}

const HISTORY: [string, ChangeCategory, string[], RiskAnswers][] = [
  ["Upgrade PostgreSQL minor version on case database", "NORMAL", ["case-management"], MEDIUM],
  ["Rotate TLS certificates on the integration gateway", "STANDARD", ["integration-gateway"], SAFE],
  ["Enable HTTP/2 on the client portal", "NORMAL", ["client-portal"], SAFE],
  ["Migrate document metadata to the new schema", "MAJOR", ["document-storage", "search"], RISKY],
  ["Raise search cluster heap to 16 GB", "NORMAL", ["search"], MEDIUM],
  ["New invoice numbering scheme", "NORMAL", ["billing"], RISKY],
  ["Patch OpenSSL on auth nodes", "STANDARD", ["auth"], SAFE],
  ["Move notification queue to the managed broker", "MAJOR", ["notifications"], RISKY],
];

export async function seedDemoChanges(people: People, log: (line: string) => void) {
  const now = Date.now();
  const { engineer, engineer2, manager, cab1, cab2, cab3 } = people;
  let count = 0;
  let rolledBack = 0;
  let lastCompleted: string | null = null;

  // History: one change a week over the last twelve weeks, approved by its route, implemented in its
  // window, and mostly completed; every fifth rolled back.
  for (let i = 0; i < 12; i++) {
    const [title, category, services, answers] = HISTORY[i % HISTORY.length]!;
    const requester = i % 2 ? engineer : engineer2;
    const slot = productionSlot(now - (84 - i * 7) * DAY);
    const raisedAt = new Date(new Date(slot.plannedStart).getTime() - 5 * DAY);
    let change = await createChange(
      requester,
      input(title, category, "PRODUCTION", services, slot, answers),
      raisedAt,
    );
    change = await submitChange(requester, change.key, change.version, new Date(raisedAt.getTime() + HOUR));
    const voteAt = new Date(raisedAt.getTime() + DAY);
    if (change.status !== "APPROVED")
      change = await voteOnChange(
        cab1,
        change.key,
        { decision: "APPROVE", comment: "Plans are clear." },
        voteAt,
      );
    if (change.status !== "APPROVED")
      change = await voteOnChange(
        cab2,
        change.key,
        { decision: "APPROVE", comment: "Rollback looks sound." },
        new Date(voteAt.getTime() + HOUR),
      );
    const start = new Date(change.plannedStart!);
    change = await transitionChange(
      requester,
      change.key,
      { version: change.version, to: "SCHEDULED" },
      new Date(voteAt.getTime() + 2 * HOUR),
    );
    change = await transitionChange(
      requester,
      change.key,
      { version: change.version, to: "IMPLEMENTING" },
      new Date(start.getTime() + 5 * 60_000),
    );
    if (i % 5 === 4) {
      change = await transitionChange(
        requester,
        change.key,
        {
          version: change.version,
          to: "ROLLED_BACK",
          notes: "Error rate rose to 4 % after the canary; redeployed the previous release.",
        },
        new Date(start.getTime() + 40 * 60_000),
      );
      rolledBack++;
    } else {
      change = await transitionChange(
        requester,
        change.key,
        { version: change.version, to: "VERIFYING" },
        new Date(start.getTime() + 30 * 60_000),
      );
      change = await transitionChange(
        requester,
        change.key,
        { version: change.version, to: "COMPLETED" },
        new Date(start.getTime() + 50 * 60_000),
      );
      lastCompleted = change.key;
    }
    if (i < 10)
      await transitionChange(
        manager,
        change.key,
        { version: change.version, to: "CLOSED", notes: "Reviewed at the weekly CAB." },
        new Date(start.getTime() + 2 * DAY),
      );
    count++;
  }

  // In flight now.
  const nextSlot = productionSlot(now + DAY);
  const following = productionSlot(new Date(nextSlot.plannedStart).getTime() + DAY);
  const inCab = await createChange(
    engineer,
    input(
      "Re-shard the case search index",
      "NORMAL",
      "PRODUCTION",
      ["search", "case-management"],
      productionSlot(now + 8 * DAY, 2),
      RISKY,
    ),
    new Date(now - DAY),
  );
  const inCabSubmitted = await submitChange(engineer, inCab.key, inCab.version, new Date(now - DAY + HOUR));
  await voteOnChange(
    cab3,
    inCabSubmitted.key,
    { decision: "APPROVE", comment: "Fine if done before the month-end reports." },
    new Date(now - 3 * HOUR),
  );
  const major = await createChange(
    engineer2,
    input(
      "Replace the document storage encryption keys",
      "MAJOR",
      "PRODUCTION",
      ["document-storage"],
      productionSlot(now + 10 * DAY, 3),
      MEDIUM,
    ),
    new Date(now - 2 * HOUR),
  );
  await submitChange(engineer2, major.key, major.version, new Date(now - HOUR));
  const review = await createChange(
    engineer,
    input(
      "Tune notification retry back-off",
      "NORMAL",
      "STAGING",
      ["notifications"],
      {
        plannedStart: new Date(new Date(nextSlot.plannedStart).getTime()).toISOString(),
        plannedEnd: new Date(new Date(nextSlot.plannedStart).getTime() + 2 * HOUR).toISOString(),
      },
      { ...SAFE, rollbackTested: "NO", changeSize: "LARGE" },
    ),
    new Date(now - 5 * HOUR),
  );
  await submitChange(engineer, review.key, review.version, new Date(now - 4 * HOUR));
  // Two scheduled changes that clash on the client portal: the calendar and both pages show it.
  for (const [title, who, slot] of [
    ["Client portal dependency upgrades", engineer, nextSlot],
    [
      "Client portal CDN cache rules",
      engineer2,
      productionSlot(new Date(nextSlot.plannedStart).getTime(), 1, 0.5),
    ],
  ] as const) {
    let c = await createChange(
      who,
      input(title, "NORMAL", "PRODUCTION", ["client-portal"], slot, { ...SAFE }),
      new Date(now - 3 * DAY),
    );
    c = await submitChange(who, c.key, c.version, new Date(now - 3 * DAY + HOUR));
    c = await transitionChange(who, c.key, { version: c.version, to: "SCHEDULED" }, new Date(now - 2 * DAY));
  }
  const approved = await createChange(
    engineer2,
    input("Billing report query index", "NORMAL", "PRODUCTION", ["billing", "reporting"], following, {
      ...SAFE,
    }),
    new Date(now - 6 * HOUR),
  );
  await submitChange(engineer2, approved.key, approved.version, new Date(now - 5 * HOUR));
  await createChange(
    engineer,
    input(
      "Sandbox Kubernetes upgrade",
      "STANDARD",
      "DEVELOPMENT",
      ["dev-sandbox"],
      {
        plannedStart: new Date(now + 2 * DAY).toISOString(),
        plannedEnd: new Date(now + 2 * DAY + 2 * HOUR).toISOString(),
      },
      SAFE,
    ),
    new Date(now - HOUR),
  );
  count += 7;

  // A year-end style freeze, three weeks out, on production.
  const freezeStart = new Date(now + 21 * DAY);
  freezeStart.setUTCHours(0, 0, 0, 0);
  await createFreeze(manager, {
    title: "Quarter-end filing freeze",
    startsAt: freezeStart.toISOString(),
    endsAt: new Date(freezeStart.getTime() + 7 * DAY).toISOString(),
    environments: ["PRODUCTION"],
  });

  // The open P1 ("since the last deploy") was caused by the latest completed change.
  const p1 = await db.incident.findFirst({
    where: { severity: "P1", status: "OPEN" },
    orderBy: { createdAt: "desc" },
  });
  if (p1 && lastCompleted)
    await updateIncident(manager, p1.key, { version: p1.version, causedByChange: lastCompleted });
  log(
    `seeded ${count} changes (${rolledBack} rolled back, ${inCabSubmitted.key} awaits the CAB) and a change freeze`,
  );
}
