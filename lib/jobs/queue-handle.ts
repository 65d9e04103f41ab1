// The running job queue of this process, if it runs jobs (JOBS_ENABLED), for code that queues work.
import "server-only";
import type { PgBoss } from "pg-boss";

const globalForQueue = globalThis as unknown as { runningBoss?: PgBoss | null };

export function setRunningJobQueue(boss: PgBoss | null) {
  globalForQueue.runningBoss = boss;
}

export function runningJobQueue(): PgBoss | null {
  return globalForQueue.runningBoss ?? null;
}

const globalForWake = globalThis as unknown as { wakeDeliveries?: (() => void) | null };

/** Registered by the job runner: wakes this process's delivery worker at once (no polling wait). */
export function setDeliveryWaker(wake: (() => void) | null) {
  globalForWake.wakeDeliveries = wake;
}

export function wakeDeliveryWorker() {
  globalForWake.wakeDeliveries?.();
}
