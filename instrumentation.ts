// Next.js calls register() once when a server instance starts: that is where the background jobs run.
export async function register() {
  // eslint-disable-next-line no-restricted-syntax -- set by Next.js itself, not configuration
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (!env.JOBS_ENABLED) return;
  const { startJobs } = await import("@/lib/jobs/job-runner");
  await startJobs();
}
