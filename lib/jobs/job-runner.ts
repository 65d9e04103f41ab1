// Background jobs on pg-boss (a PostgreSQL-backed queue): they survive restarts, and with several
// portal instances each scheduled run is taken by one worker. The job bodies are idempotent on top
// (an escalation step is recorded once per incident), so a retried run does no harm.
import "server-only";
import { PgBoss } from "pg-boss";
import { databaseUrl } from "@/lib/env";
import { expireDueGrants, GRANT_EXPIRY_JOB } from "@/lib/access/expiry-schedule";
import { drainSoon, runAlertSweep } from "@/lib/alerts/process";
import { pruneIdempotencyKeys } from "@/lib/api/idempotency";
import { ensureListening, onTableChange } from "@/lib/cache/shared-answers";
import { nextPagingAt, runPagingDue, startPagingForNew } from "@/lib/escalation/paging";
import { runEscalationSweep, runWeeklyP4Review } from "@/lib/incidents/escalate";
import { setDeliveryWaker, setRunningJobQueue } from "@/lib/jobs/queue-handle";
import { deliverOne, DELIVER_QUEUE, queueDueDeliveries } from "@/lib/notify/deliver";
import { pruneNotifications } from "@/lib/notify/retention";
import { dispatchWebhookEvents } from "@/lib/webhooks/dispatch";
import { pruneRawSamples } from "@/lib/performance/retention";
import { runVendorAndContinuityDigest } from "@/lib/vendors/review-digest";
import { log } from "@/lib/log";

export const JOBS = {
  escalationSweep: { name: "incident-escalation-sweep", cron: "* * * * *", run: () => runEscalationSweep() },
  // Missed heartbeats, and any alert notification recorded while no worker processed it.
  alertSweep: { name: "alert-intake-sweep", cron: "* * * * *", run: () => runAlertSweep() },
  // Safety net of the notification pipeline (each part also runs at once when a commit NOTIFYs): new
  // incidents' plans, due paging steps, webhook events to fan out, deliveries whose job was lost.
  notificationSweep: { name: "notification-sweep", cron: "* * * * *", run: () => runNotificationPipeline() },
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
  notificationRetention: {
    name: "notification-retention",
    cron: "30 3 * * *",
    run: () => pruneNotifications(),
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

// Runs `fn` at most once at a time; a kick while it runs runs it once more afterwards (nothing is missed,
// a burst of commits costs two runs).
function coalesced(name: string, fn: () => Promise<unknown>) {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await fn();
    } catch (error) {
      log.warn("notification pipeline step failed; the sweep retries", { step: name, error: String(error) });
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  return run;
}

let pagingTimer: NodeJS.Timeout | null = null;

async function pageAndWake() {
  const paged = await runPagingDue();
  // The next step of any plan: wake exactly then (the minute sweep covers a restart in between).
  const next = await nextPagingAt();
  if (pagingTimer) clearTimeout(pagingTimer);
  pagingTimer = null;
  if (next) {
    const wait = Math.max(0, next.getTime() - Date.now()) + 50;
    if (wait < 24 * 60 * 60_000) {
      pagingTimer = setTimeout(() => void kickPaging(), wait);
      pagingTimer.unref();
    }
  }
  return paged;
}

const kickPaging = coalesced("paging", async () => {
  await startPagingForNew();
  return pageAndWake();
});
const kickDispatch = coalesced("webhook dispatch", dispatchWebhookEvents);
const kickDeliveries = coalesced("deliveries", queueDueDeliveries);

async function runNotificationPipeline() {
  const started = await startPagingForNew();
  const paged = await pageAndWake();
  const dispatched = await dispatchWebhookEvents();
  const queued = await queueDueDeliveries();
  return started + paged + dispatched + queued ? { started, paged, dispatched, queued } : null;
}

function listenForNotificationWork() {
  void ensureListening();
  onTableChange(
    (table) => {
      if (table === "incidents" || table === "incident_paging") void kickPaging();
      else if (table === "webhook_events") void kickDispatch();
      else if (table === "notification_deliveries") void kickDeliveries();
    },
    () => undefined,
  );
}

async function startBoss(connectionString: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 4, useListenNotify: true });
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
  // Deliveries: one job per attempt (lib/notify/deliver.ts), picked up at once (NOTIFY) and in batches.
  await boss.createQueue(DELIVER_QUEUE, { notify: true, retryLimit: 0, expireInSeconds: 60 });
  const deliveryWorker = await boss.work<{ id: string }>(
    DELIVER_QUEUE,
    // notifyPollingIntervalSeconds: on a notify queue pg-boss otherwise polls every 30 s, and a retry queued
    // for later (startAfter) sends no NOTIFY when it comes due: a 5 s retry would wait up to 30 s.
    { batchSize: 25, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 1, burstWhenBatchFull: true },
    async (jobs) => {
      await Promise.all(jobs.map((job) => deliverOne(job.data.id)));
    },
  );
  // Jobs this process queues are taken by its own worker at once, not at the next poll.
  setDeliveryWaker(() => boss.notifyWorker(deliveryWorker));
  setRunningJobQueue(boss);
  listenForNotificationWork();
  void runNotificationPipeline().catch((error: unknown) =>
    log.warn("notification pipeline at start-up failed; the sweep retries", { error: String(error) }),
  );
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
  setDeliveryWaker(null);
  await boss?.stop({ graceful: true, timeout: 5000 });
}
