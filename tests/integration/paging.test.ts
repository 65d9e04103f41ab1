// Paging by escalation policy against a real PostgreSQL, with the clock passed in: the schedule's on-call
// person is paged and takes the incident, the next step waits its minute, an acknowledgement stops it, a
// reassignment restarts it for the new person, a schedule gap falls through at once, and the one-click
// acknowledge link an e-mail carries works once, for its person only.
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acknowledgeByLink } from "@/lib/escalation/acknowledge-by-link";
import { runPagingDue, startPagingForNew } from "@/lib/escalation/paging";
import { createPolicy } from "@/lib/escalation/policies";
import { updateIncident } from "@/lib/incidents/update-incident";
import { createTestIncident, createTestService, createTestUser, unique } from "../factories";
import { createTestSchedule } from "../factories/schedules";

type User = Awaited<ReturnType<typeof createTestUser>>;
let alice: User; // on call on the schedule (step 1)
let bob: User; // step 2
let manager: User;
let reporter: User;

const principal = (u: User): Principal => ({
  id: u.id,
  email: u.email,
  name: u.name,
  roles: u.roles,
  via: "token",
});
const SECOND = 1000;

beforeAll(async () => {
  alice = await createTestUser(["ENGINEER"], { name: unique("Alice") });
  bob = await createTestUser(["ENGINEER"], { name: unique("Bob") });
  manager = await createTestUser(["OPS_MANAGER"]);
  reporter = await createTestUser(["ENGINEER"]);
});

/**
 * A service whose policy pages the schedule (Alice on call) and waits a minute, then Bob and waits a
 * minute, no repeat. `gap`: the schedule's rotation only starts in 2099, so nobody is on call now.
 */
async function pagedService(options: { gap?: boolean } = {}) {
  const service = await createTestService();
  const schedule = await createTestSchedule(
    manager,
    [alice.id],
    options.gap
      ? {
          layers: [
            {
              people: [alice.id],
              startsAt: new Date("2099-01-01T09:00:00Z"),
              handoffTime: "09:00",
              turn: { unit: "day", length: 1 },
            },
          ],
        }
      : {},
  );
  const policy = await createPolicy(principal(manager), {
    name: unique("Policy"),
    scope: { serviceSlug: service.slug },
    steps: [
      { targets: [{ kind: "schedule", scheduleId: schedule.id }], waitMinutes: 1 },
      { targets: [{ kind: "user", userId: bob.id }], waitMinutes: 1 },
    ],
    repeat: 0,
  });
  return { service, schedule, policy };
}

/** Reports an incident on the service at `at` and lets the paging job see it at that instant. */
async function report(serviceSlug: string, at: Date) {
  const incident = await createTestIncident(
    reporter,
    { severity: "P2", affectedServices: [serviceSlug] },
    at,
  );
  await startPagingForNew(at);
  return incident;
}

const bells = (userId: string, key: string) =>
  db.notification.findMany({ where: { userId, kind: "INCIDENT_PAGE", link: `/incidents/${key}` } });
const deliveriesFor = (userId: string, incidentId: string) =>
  db.notificationDelivery.findMany({ where: { userId, incidentId }, orderBy: { createdAt: "asc" } });
const timeline = (incidentId: string) =>
  db.incidentEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" } });
const paging = (incidentId: string) => db.incidentPaging.findUniqueOrThrow({ where: { incidentId } });
const incidentRow = (id: string) => db.incident.findUniqueOrThrow({ where: { id } });

/** What an AppError says (status and sentence), or the error itself when it is not one. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, detail: error.detail };
    throw error;
  }
  throw new Error("Expected a refusal");
}

describe("a policy pages step by step", () => {
  it("pages the on-call person, assigns them, waits the step's minute, then pages step 2", async () => {
    const { service, policy } = await pagedService();
    const t0 = new Date();
    const incident = await report(service.slug, t0);
    expect((await paging(incident.id)).policyId).toBe(policy.id);

    await runPagingDue(t0);
    expect(await bells(alice.id, incident.key)).toHaveLength(1);
    const aliceMail = await deliveriesFor(alice.id, incident.id);
    // P2 by default: e-mail and chat; only e-mail is set up.
    expect(aliceMail.map((d) => [d.channel, d.event, d.target])).toEqual([
      ["EMAIL", "incident.paged", alice.email],
    ]);
    expect((await incidentRow(incident.id)).assignedToId).toBe(alice.id);
    const first = await timeline(incident.id);
    expect(first.filter((e) => e.kind === "ESCALATED").map((e) => e.summary)).toEqual([
      `Paged ${alice.name}: step 1 of ${policy.name}`,
    ]);
    expect(first.find((e) => e.kind === "ASSIGNED")?.summary).toBe(
      `Assigned to ${alice.name}: on call, and nobody had taken it`,
    );

    // Half-way through step 1's minute: nobody more.
    await runPagingDue(new Date(t0.getTime() + 30 * SECOND));
    expect(await bells(bob.id, incident.key)).toHaveLength(0);
    expect(await bells(alice.id, incident.key)).toHaveLength(1);
    expect(await deliveriesFor(bob.id, incident.id)).toHaveLength(0);

    // The minute is over and nobody acknowledged: Bob.
    await runPagingDue(new Date(t0.getTime() + 61 * SECOND));
    const bobBells = await bells(bob.id, incident.key);
    expect(bobBells).toHaveLength(1);
    expect(bobBells[0]!.body).toContain(`Escalated to you: step 2 of ${policy.name}`);
    expect((await deliveriesFor(bob.id, incident.id)).map((d) => [d.channel, d.event])).toEqual([
      ["EMAIL", "incident.escalated"],
    ]);
    const escalated = (await timeline(incident.id))
      .filter((e) => e.kind === "ESCALATED")
      .map((e) => e.summary);
    expect(escalated).toEqual([
      `Paged ${alice.name}: step 1 of ${policy.name}`,
      `Paged ${bob.name}: step 2 of ${policy.name}`,
    ]);
    // Alice is not paged again, and the policy is finished (no repeat).
    expect(await bells(alice.id, incident.key)).toHaveLength(1);
    expect(await paging(incident.id)).toMatchObject({ nextDueAt: null, stopReason: "finished" });
    // Team webhooks hear of the escalation.
    const hooks = await db.webhookEvent.findMany({ where: { type: "incident.escalated" } });
    expect(hooks.some((h) => (h.data as { incident: { key: string } }).incident.key === incident.key)).toBe(
      true,
    );
  });

  // Regression (CI, 8 Dec 00:26): the automatic assignment moved the version, so a reporter acknowledging
  // with the version their report returned was refused with 409 a second after reporting.
  it("the automatic assignment does not make the reporter's version stale", async () => {
    const { service } = await pagedService();
    const t0 = new Date();
    const incident = await report(service.slug, t0);
    await runPagingDue(t0);
    expect((await incidentRow(incident.id)).assignedToId).toBe(alice.id);
    const acked = await updateIncident(principal(reporter), incident.key, {
      version: incident.version,
      status: "IN_PROGRESS",
    });
    expect(acked.status).toBe("IN_PROGRESS");
    expect(acked.assignedTo?.id).toBe(alice.id);
  });

  it("an incident acknowledged before step 2 is not escalated", async () => {
    const { service, policy } = await pagedService();
    const t0 = new Date();
    const incident = await report(service.slug, t0);
    await runPagingDue(t0);
    const { version } = await incidentRow(incident.id);
    await updateIncident(
      principal(alice),
      incident.key,
      { version, status: "IN_PROGRESS" },
      new Date(t0.getTime() + 20 * SECOND),
    );

    await runPagingDue(new Date(t0.getTime() + 61 * SECOND));
    await runPagingDue(new Date(t0.getTime() + 5 * 60 * SECOND));
    expect(await bells(bob.id, incident.key)).toHaveLength(0);
    expect(await deliveriesFor(bob.id, incident.id)).toHaveLength(0);
    const escalated = (await timeline(incident.id))
      .filter((e) => e.kind === "ESCALATED")
      .map((e) => e.summary);
    expect(escalated).toEqual([`Paged ${alice.name}: step 1 of ${policy.name}`]);
    expect(await paging(incident.id)).toMatchObject({ nextDueAt: null, stopReason: "acknowledged" });
  });

  it("reassigning before an acknowledgement restarts the policy: the new person is paged at once", async () => {
    const { service, policy } = await pagedService();
    const t0 = new Date();
    const incident = await report(service.slug, t0);
    await runPagingDue(t0);
    expect((await incidentRow(incident.id)).assignedToId).toBe(alice.id);

    const t1 = new Date(t0.getTime() + 20 * SECOND);
    const { version } = await incidentRow(incident.id);
    await updateIncident(principal(manager), incident.key, { version, assignedTo: bob.id }, t1);
    expect(await paging(incident.id)).toMatchObject({ assigneeId: bob.id, startedAt: t1, nextDueAt: t1 });

    // At the reassignment's instant, not a minute later.
    await runPagingDue(t1);
    const bobBells = await bells(bob.id, incident.key);
    expect(bobBells).toHaveLength(1);
    expect((await deliveriesFor(bob.id, incident.id)).map((d) => d.channel)).toEqual(["EMAIL"]);
    const events = await timeline(incident.id);
    expect(events.filter((e) => e.kind === "ESCALATED").map((e) => e.summary)).toEqual([
      `Paged ${alice.name}: step 1 of ${policy.name}`,
      `Paged ${bob.name}: step 1 of ${policy.name}`,
    ]);
    expect(events.filter((e) => e.kind === "ASSIGNED").map((e) => e.summary)).toEqual([
      `Assigned to ${alice.name}: on call, and nobody had taken it`,
      `Assigned to ${bob.name}`,
    ]);
    // The rest of the policy backs Bob up from the reassignment on.
    expect((await paging(incident.id)).nextDueAt).toEqual(new Date(t1.getTime() + 60 * SECOND));
    // Alice's plan step 2 (due at t0 + 60 s) is gone with the old plan.
    await runPagingDue(new Date(t0.getTime() + 61 * SECOND));
    expect(await bells(bob.id, incident.key)).toHaveLength(1);
    expect(await bells(alice.id, incident.key)).toHaveLength(1);
  });

  it("a schedule gap falls through to step 2 at once, with a timeline entry naming the gap", async () => {
    const { service, schedule, policy } = await pagedService({ gap: true });
    const t0 = new Date();
    const incident = await report(service.slug, t0);

    await runPagingDue(t0);
    expect(await bells(alice.id, incident.key)).toHaveLength(0);
    expect(await bells(bob.id, incident.key)).toHaveLength(1);
    expect((await deliveriesFor(bob.id, incident.id)).map((d) => d.event)).toEqual(["incident.escalated"]);
    const escalated = (await timeline(incident.id))
      .filter((e) => e.kind === "ESCALATED")
      .map((e) => e.summary);
    expect(escalated).toEqual([
      `Step 1 of ${policy.name}: nobody on call on ${schedule.name}; went on to the next step`,
      `Paged ${bob.name}: step 2 of ${policy.name}`,
    ]);
    // Nobody on call took it: the step that fell through assigns nobody.
    expect((await incidentRow(incident.id)).assignedToId).toBeNull();
  });
});

describe("the acknowledge link in a page", () => {
  it("acknowledges once for its person; a second use is refused, and so is someone else", async () => {
    const { service } = await pagedService();
    const t0 = new Date();
    const incident = await report(service.slug, t0);
    await runPagingDue(t0);

    const [mail] = await deliveriesFor(alice.id, incident.id);
    const payload = mail!.payload as { to: string; text: string; html: string };
    expect(payload.to).toBe(alice.email);
    const match = /\?ack=([A-Za-z0-9_.%-]+)/.exec(payload.text);
    expect(match).not.toBeNull();
    const token = decodeURIComponent(match![1]!);
    expect(payload.html).toContain(`?ack=${match![1]}`);

    const acknowledged = await acknowledgeByLink(principal(alice), incident.key, token);
    expect(acknowledged).toMatchObject({ key: incident.key, status: "IN_PROGRESS" });
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    const row = await incidentRow(incident.id);
    expect(row.acknowledgedAt).not.toBeNull();
    expect(await db.ackLinkUse.count({ where: { incidentId: incident.id, userId: alice.id } })).toBe(1);

    const again = await refusal(acknowledgeByLink(principal(alice), incident.key, token));
    expect(again.status).toBe(409);
    expect(again.detail).toMatch(/already/);

    const other = await refusal(acknowledgeByLink(principal(bob), incident.key, token));
    expect(other.status).toBe(422);
    expect(other.detail).toMatch(/sent to someone else/);

    // Acknowledged: step 2 never pages Bob.
    await runPagingDue(new Date(t0.getTime() + 61 * SECOND));
    expect(await bells(bob.id, incident.key)).toHaveLength(0);
  });
});
