// Builds (when the sources changed) and starts the portal's production server (scripts/serve.ts: Next
// behind the edge checks) as a child process.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./database";
import { formatDuration } from "./format";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const SERVE_SCRIPT = path.join(ROOT, "scripts/serve.ts");
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const SOURCE_DIRS = ["app", "components", "lib", "public", "generated"];
const SOURCE_FILES = ["next.config.js", "package.json", "postcss.config.mjs", "proxy.ts", "tsconfig.json"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function isBuildStale(): boolean {
  const buildId = path.join(ROOT, DIST_DIR, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((p) => newestMtime(path.join(ROOT, p)) > built);
}

/** Whether a production build exists in the dist dir (NEXT_DIST_DIR, default .next). */
export function hasBuild(): boolean {
  return existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"));
}

// Measured on a 2-core machine (README, "Two commands"): the first build compiles and type-checks
// everything; later ones reuse Next's build cache in the dist dir.
export const TYPICAL_BUILD_TIME =
  "about 2½ minutes on 2 cores the first time, well under a minute after a change";
// Next prints nothing while it compiles (a minute or more on 2 cores): say it is still going.
const HEARTBEAT_MS = 20_000;

/**
 * Runs `next build` with the progress a first-time user needs: a line saying what it does and how long
 * it usually takes, Next's own output as it comes, a "still building" line whenever Next has been quiet
 * for 20 s, and the elapsed time at the end. Rejects when the build fails.
 */
export async function buildNext(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = console.log,
): Promise<void> {
  const started = performance.now();
  const elapsed = () => formatDuration(performance.now() - started);
  log(`Building the portal (next build), ${TYPICAL_BUILD_TIME}; Next's own steps follow.`);
  const child = spawn(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...env, NODE_ENV: "production" },
  });
  let quietSince = performance.now();
  child.stdout.on("data", (chunk: Buffer) => {
    quietSince = performance.now();
    process.stdout.write(chunk);
  });
  child.stderr.on("data", (chunk: Buffer) => {
    quietSince = performance.now();
    process.stderr.write(chunk);
  });
  const heartbeat = setInterval(() => {
    if (performance.now() - quietSince < HEARTBEAT_MS) return;
    quietSince = performance.now();
    log(`  … still building, ${elapsed()} so far`);
  }, 1000);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  }).finally(() => clearInterval(heartbeat));
  if (code !== 0) throw new Error(`next build failed after ${elapsed()} (exit ${code})`);
  log(`Built in ${elapsed()}.`);
}

/** Starts the built portal on `port` (host `env.HOST`, default all interfaces); SIGTERM stops it gracefully. */
export function startNext(port: number, env: NodeJS.ProcessEnv, quiet = false): ChildProcess {
  return spawn(
    process.execPath,
    ["--import", "tsx", SERVE_SCRIPT, "--port", String(port), "--hostname", env.HOST ?? "0.0.0.0"],
    {
      cwd: ROOT,
      stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
      env: { ...env, NODE_ENV: "production" },
    },
  );
}

export async function waitForHealthy(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The portal did not become healthy at ${url} within ${timeoutMs / 1000}s`);
}
