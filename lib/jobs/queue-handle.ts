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
