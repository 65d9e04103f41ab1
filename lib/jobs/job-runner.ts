// Background jobs on pg-boss (a PostgreSQL-backed queue): they survive restarts, and with several
// portal instances each scheduled run is taken by one worker. The job bodies are idempotent on top
// (an escalation step is recorded once per incident), so a retried run does no harm.
import "server-only";
import { PgBoss } from "pg-boss";
import { databaseUrl } from "@/lib/env";
import { expireDueGrants, GRANT_EXPIRY_JOB } from "@/lib/access/expiry-schedule";
import { drainSoon, runAlertSweep } from "@/lib/alerts/process";
import { pruneIdempotencyKeys } from "@/lib/api/idempotency";
import { runEscalationSweep, runWeeklyP4Review } from "@/lib/incidents/escalate";
import { setRunningJobQueue } from "@/lib/jobs/queue-handle";
import { pruneRawSamples } from "@/lib/performance/retention";
import { runVendorAndContinuityDigest } from "@/lib/vendors/review-digest";
import { log } from "@/lib/log";

export const JOBS = {
  escalationSweep: { name: "incident-escalation-sweep", cron: "* * * * *", run: () => runEscalationSweep() },
  // Missed heartbeats, and any alert notification recorded while no worker processed it.
  alertSweep: { name: "alert-intake-sweep", cron: "* * * * *", run: () => runAlertSweep() },
  weeklyP4Review: { name: "incident-p4-weekly-review", cron: "0 9 * * 1", run: () => runWeeklyP4Review() },
  // Safety net for the exact-time expiry jobs below (a grant approved while no queue ran).
  accessExpirySweep: { name: "access-expiry-sweep", cron: "* * * * *", run: () => expireDueGrants() },
  vendorDigest: {
    name: "vendor-continuity-digest",
    cron: "0 8 * * *",
    run: () => runVendorAndContinuityDigest(),
  },
  idempotencyKeyRetention: {
    name: "idempotency-key-retention",
    cron: "45 3 * * *",
    run: () => pruneIdempotencyKeys(),
  },
  performanceRetention: {
    name: "performance-sample-retention",
    cron: "15 3 * * *",
    run: () => pruneRawSamples(),
  },
} as const;

// Queued for a moment rather than on a schedule: each grant's expiry (see lib/access/expiry-schedule.ts).
export const TIMED_JOBS = {
  grantExpiry: { name: GRANT_EXPIRY_JOB, run: () => expireDueGrants() },
} as const;

const globalForJobs = globalThis as unknown as { boss?: Promise<PgBoss> };

async function startBoss(connectionString: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 3 });
  boss.on("error", (error: unknown) => log.error("job queue error", { error }));
  await boss.start();
  for (const job of Object.values(JOBS)) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron, null, { tz: "UTC" });
    await boss.work(job.name, async () => {
      const result = await job.run();
      // Every minute the sweep usually finds nothing: only a run that did something is worth a line.
      (result ? log.info : log.debug)("job done", { job: job.name, result });
    });
  }
  for (const job of Object.values(TIMED_JOBS)) {
    await boss.createQueue(job.name);
    await boss.work(job.name, { pollingIntervalSeconds: 1 }, async () => {
      const result = await job.run();
      log.info("job done", { job: job.name, result });
    });
  }
  setRunningJobQueue(boss);
  drainSoon(); // notifications recorded before a restart are processed now, not at the next sweep
  log.info("background jobs started", {
    jobs: [...Object.values(JOBS), ...Object.values(TIMED_JOBS)].map((j) => j.name),
  });
  return boss;
}

export function startJobs(connectionString = databaseUrl): Promise<PgBoss> {
  globalForJobs.boss ??= startBoss(connectionString);
  return globalForJobs.boss;
}

export async function stopJobs() {
  const boss = await globalForJobs.boss;
  globalForJobs.boss = undefined;
  setRunningJobQueue(null);
  await boss?.stop({ graceful: true, timeout: 5000 });
}
