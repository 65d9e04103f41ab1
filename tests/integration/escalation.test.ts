import { PgBoss } from "pg-boss";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runEscalationSweep, runWeeklyP4Review } from "@/lib/incidents/escalate";
import { JOBS, startJobs, stopJobs } from "@/lib/jobs/job-runner";
import { createTestIncident, createTestUser } from "../factories";

const HOUR = 3_600_000;

async function escalationNotices(userId: string, key: string) {
  return db.notification.count({ where: { userId, kind: "INCIDENT_ESCALATION", title: { contains: key } } });
}

describe("escalation", () => {
  it("escalates an unresolved P2 to ops managers at 2 h, not before, and once however many sweeps run", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const createdAt = new Date(Date.now() - 5 * HOUR);
    const incident = await createTestIncident(engineer, { severity: "P2" }, createdAt);

    await runEscalationSweep(new Date(createdAt.getTime() + 2 * HOUR - 1));
    expect(await escalationNotices(manager.id, incident.key)).toBe(0);

    await Promise.all([1, 2, 3].map(() => runEscalationSweep(new Date(createdAt.getTime() + 2 * HOUR))));
    await runEscalationSweep(new Date(createdAt.getTime() + 3 * HOUR));
    expect(await escalationNotices(manager.id, incident.key)).toBe(1);
    const events = await db.incidentEvent.findMany({
      where: { incident: { key: incident.key }, kind: "ESCALATED" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.at.getTime()).toBe(createdAt.getTime() + 2 * HOUR);
  });

  it("escalates a P3 at 24 h, and never a resolved incident or a P4", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const createdAt = new Date(Date.now() - 30 * HOUR);
    const p3 = await createTestIncident(engineer, { severity: "P3" }, createdAt);
    const p4 = await createTestIncident(engineer, { severity: "P4" }, createdAt);
    const resolved = await createTestIncident(engineer, { severity: "P3" }, createdAt);
    await db.incident.update({
      where: { key: resolved.key },
      data: { status: "RESOLVED", resolvedAt: new Date(createdAt.getTime() + HOUR), resolution: "x" },
    });

    await runEscalationSweep(new Date(createdAt.getTime() + 24 * HOUR - 1));
    expect(await escalationNotices(manager.id, p3.key)).toBe(0);
    await runEscalationSweep(new Date(createdAt.getTime() + 24 * HOUR));
    expect(await escalationNotices(manager.id, p3.key)).toBe(1);
    expect(await escalationNotices(manager.id, p4.key)).toBe(0);
    expect(await escalationNotices(manager.id, resolved.key)).toBe(0);
  });

  it("puts open P4s on the weekly review sent to ops managers", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const p4 = await createTestIncident(engineer, { severity: "P4" });
    await runWeeklyP4Review();
    const notice = await db.notification.findFirst({
      where: { userId: manager.id, kind: "P4_WEEKLY_REVIEW" },
    });
    expect(notice?.body).toContain(p4.key);
    expect(notice?.link).toBe("/incidents?severity=P4");
  });

  it("runs as a persistent pg-boss job: a run queued while no worker was up is done after a restart", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const incident = await createTestIncident(engineer, { severity: "P2" }, new Date(Date.now() - 3 * HOUR));

    // First start creates the queues; then the portal "goes down".
    await startJobs(process.env.DATABASE_URL);
    await stopJobs();
    const producer = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss" });
    await producer.start();
    await producer.send(JOBS.escalationSweep.name, {});
    await producer.stop({ graceful: false });
    expect(await escalationNotices(manager.id, incident.key)).toBe(0);

    // Restart: the worker picks up the queued run.
    await startJobs(process.env.DATABASE_URL);
    try {
      const deadline = Date.now() + 20_000;
      while ((await escalationNotices(manager.id, incident.key)) === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      expect(await escalationNotices(manager.id, incident.key)).toBe(1);
    } finally {
      await stopJobs();
    }
  });
});
