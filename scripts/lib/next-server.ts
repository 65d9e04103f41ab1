// Builds (when the sources changed) and starts the portal's production server (scripts/serve.ts: Next
// behind the edge checks) as a child process.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./database";

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

export function buildNext(env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (result.status !== 0) throw new Error("next build failed");
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
