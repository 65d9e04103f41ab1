import { PgBoss } from "pg-boss";
import { describe, expect, it } from "vitest";
import { expireDueGrants, GRANT_EXPIRY_JOB } from "@/lib/access/expiry-schedule";
import { db } from "@/lib/db";
import { JOBS, startJobs, stopJobs } from "@/lib/jobs/job-runner";
import { createTestUser } from "../factories";
import { decideAccess, requestAccess, type AccessRequestJson } from "../helpers/access";

type User = Awaited<ReturnType<typeof createTestUser>>;
const HOUR = 3_600_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A READ grant for `grantee` (requested by `requester`), approved by a new security user to expire at `expiresAt`.
async function grantUntil(
  grantee: User,
  expiresAt: Date,
  requester: User = grantee,
): Promise<AccessRequestJson> {
  const security = await createTestUser(["SECURITY"]);
  const requested = await requestAccess(requester.token, {
    durationDays: 1,
    ...(requester.id !== grantee.id ? { requestedFor: grantee.id } : {}),
  });
  const res = await decideAccess(security.token, requested.json.id, {
    decision: "APPROVE",
    expiresAt: expiresAt.toISOString(),
  });
  expect(res.json).toMatchObject({ status: "APPROVED", expiresAt: expiresAt.toISOString() });
  return res.json as AccessRequestJson;
}

const statusOf = async (id: string) => (await db.accessRequest.findUniqueOrThrow({ where: { id } })).status;
const expiryAudits = (id: string) =>
  db.auditLog.count({
    where: { entityType: "access_request", entityId: id, action: "access_request.expire" },
  });
const expiryNotices = (user: User, id: string) =>
  db.notification.count({ where: { userId: user.id, kind: "ACCESS_EXPIRED", link: `/access/${id}` } });
const expiryEvents = (id: string) =>
  db.securityEvent.count({
    where: {
      type: "SYSTEM_CHANGE",
      severity: "LOW",
      details: { path: ["accessRequestId"], equals: id },
      summary: { endsWith: "expired" },
    },
  });

const expiryJobStates = async (id: string) =>
  (
    await db.$queryRaw<
      { state: string }[]
    >`SELECT state::text FROM pgboss.job WHERE name = ${GRANT_EXPIRY_JOB} AND data->>'requestId' = ${id}`
  ).map((j) => j.state);
const unfinishedExpiryJobs = async () =>
  (
    await db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pgboss.job WHERE name IN (${GRANT_EXPIRY_JOB}, ${JOBS.accessExpirySweep.name}) AND state < 'completed'`
  )[0]!.n;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check()) && Date.now() < deadline) await sleep(250);
}

describe("expireDueGrants", () => {
  it("expires exactly the grants due at `now`, not one due 1 ms later", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const at = new Date(Date.now() + HOUR + Math.floor(Math.random() * HOUR));
    const due = await grantUntil(engineer, at);
    const dueLater = await grantUntil(engineer, new Date(at.getTime() + 1));

    await expireDueGrants(new Date(at.getTime() - 1));
    expect([await statusOf(due.id), await statusOf(dueLater.id)]).toEqual(["APPROVED", "APPROVED"]);

    await expireDueGrants(at);
    expect([await statusOf(due.id), await statusOf(dueLater.id)]).toEqual(["EXPIRED", "APPROVED"]);
    const row = await db.accessRequest.findUniqueOrThrow({ where: { id: due.id } });
    expect(row).toMatchObject({ endedAt: at, endReason: "Expired", version: due.version + 1 });

    await expireDueGrants(new Date(at.getTime() + 1));
    expect(await statusOf(dueLater.id)).toBe("EXPIRED");
  });

  it("expires a grant once however many runs see it, in sequence or at the same time", async () => {
    const lead = await createTestUser(["ENGINEER"]);
    const grantee = await createTestUser(["ENGINEER"]);
    const at = new Date(Date.now() + 2 * HOUR + Math.floor(Math.random() * HOUR));
    const grant = await grantUntil(grantee, at, lead);

    const runs = await Promise.all(Array.from({ length: 5 }, () => expireDueGrants(at)));
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    await expireDueGrants(new Date(at.getTime() + HOUR));
    expect(await statusOf(grant.id)).toBe("EXPIRED");
    expect(await expiryAudits(grant.id)).toBe(1);
    expect(await expiryEvents(grant.id)).toBe(1);
    expect(await expiryNotices(grantee, grant.id)).toBe(1);
    expect(await expiryNotices(lead, grant.id)).toBe(1);
  });

  it("leaves pending and denied requests alone", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const security = await createTestUser(["SECURITY"]);
    const pendingOne = await requestAccess(engineer.token, { durationDays: 1 });
    const denied = await requestAccess(engineer.token, { durationDays: 1 });
    await decideAccess(security.token, denied.json.id, { decision: "DENY" });
    await expireDueGrants(new Date(Date.now() + 100 * 86_400_000));
    expect([await statusOf(pendingOne.json.id), await statusOf(denied.json.id)]).toEqual([
      "PENDING",
      "DENIED",
    ]);
    expect(await expiryAudits(pendingOne.json.id)).toBe(0);
  });
});

describe("the expiry jobs", () => {
  it("expires a grant approved while the queue runs at its expiry, by the exact-time job", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    await startJobs(process.env.DATABASE_URL);
    try {
      const expiresAt = new Date(Date.now() + 3_000);
      const grant = await grantUntil(engineer, expiresAt);
      const job = await db.$queryRaw<
        { state: string; start_after: Date }[]
      >`SELECT state::text, start_after FROM pgboss.job WHERE name = ${GRANT_EXPIRY_JOB} AND data->>'requestId' = ${grant.id}`;
      expect(job).toEqual([{ state: "created", start_after: expiresAt }]);

      await waitFor(async () => (await statusOf(grant.id)) === "EXPIRED", 15_000);
      expect(await statusOf(grant.id)).toBe("EXPIRED");
      const row = await db.accessRequest.findUniqueOrThrow({ where: { id: grant.id } });
      expect(row.endedAt!.getTime()).toBeGreaterThanOrEqual(expiresAt.getTime());
      expect(row.endedAt!.getTime() - expiresAt.getTime()).toBeLessThan(10_000);
      await waitFor(async () => (await expiryJobStates(grant.id)).join() === "completed", 5_000);
      expect(await expiryJobStates(grant.id)).toEqual(["completed"]);
      expect(await expiryAudits(grant.id)).toBe(1);
      expect(await expiryNotices(engineer, grant.id)).toBe(1);
    } finally {
      await stopJobs();
    }
  });

  it("after a restart, a grant that fell due while the portal was down is expired once", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    // Approved while the queue runs (its expiry job is queued), then the portal goes down.
    await startJobs(process.env.DATABASE_URL);
    let grant: AccessRequestJson;
    try {
      grant = await grantUntil(engineer, new Date(Date.now() + 1_500));
    } finally {
      await stopJobs();
    }
    await sleep(2_000);
    expect(await statusOf(grant.id)).toBe("APPROVED");

    // While it is down, the minute sweep is due too: queue a run, as the cron would have.
    const producer = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss" });
    await producer.start();
    await producer.send(JOBS.accessExpirySweep.name, {});
    await producer.stop({ graceful: false });

    await startJobs(process.env.DATABASE_URL);
    try {
      await waitFor(async () => (await statusOf(grant.id)) === "EXPIRED", 15_000);
      expect(await statusOf(grant.id)).toBe("EXPIRED");
      // Both the queued exact-time job and the sweep ran, or will: neither may expire it a second time.
      await waitFor(async () => (await unfinishedExpiryJobs()) === 0, 10_000);
      expect(await unfinishedExpiryJobs()).toBe(0);
      expect(await expiryJobStates(grant.id)).toEqual(["completed"]);
      expect(await expiryAudits(grant.id)).toBe(1);
      expect(await expiryNotices(engineer, grant.id)).toBe(1);
    } finally {
      await stopJobs();
    }
  });
});
