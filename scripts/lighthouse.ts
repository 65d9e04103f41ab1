// `npm run lighthouse`: Lighthouse (mobile form factor, default simulated throttling; performance and
// accessibility) on the triage queue as engineer@neuron.test, the executive dashboard as
// executive@neuron.test, and the sign-in page signed out as the reference. It starts what the e2e tests
// start (a fresh embedded PostgreSQL in a temp folder with the demo seed, the built portal behind
// scripts/serve.ts), signs each user in through next-auth's credentials API, prints the scores and the
// main metrics, writes the JSON reports to .lighthouse/ (git-ignored) and stops everything. Not part of
// `npm test`: scores depend on the machine and its load (docs/performance.md, "Lighthouse (mobile)").
// LIGHTHOUSE_RUNS (default 5) runs per page, the median by performance score is reported;
// LIGHTHOUSE_PORT and LIGHTHOUSE_PG_PORT (default 3230, 54430) its ports; NEXT_DIST_DIR the build to
// serve (built first when the sources changed, unless LIGHTHOUSE_SKIP_BUILD=1); CHROMIUM_PATH the
// browser (default Playwright's Chromium when installed, else /usr/bin/chromium).
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse from "lighthouse";
import type { EmbeddedDatabase } from "../lib/db/embedded-postgres";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR, ROOT } from "./lib/database";
import { buildNext, isBuildStale, startNext, waitForHealthy } from "./lib/next-server";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3230);
const PG_PORT = Number(process.env.LIGHTHOUSE_PG_PORT ?? 54430);
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
const ORIGIN = `http://localhost:${PORT}`;
const REPORT_DIR = path.join(ROOT, ".lighthouse");
const PASSWORD = "neuron-demo";
// The sign-in page is the reference: a form and nothing else, so its score is what Next.js and React alone
// reach on this machine at this moment (the floor the two pages are compared with).
const PAGES: { name: string; path: string; email?: string }[] = [
  { name: "incidents", path: "/incidents", email: "engineer@neuron.test" },
  { name: "executive", path: "/dashboards/executive", email: "executive@neuron.test" },
  { name: "login", path: "/login" },
];
const METRICS = [
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
  ["SI", "speed-index"],
] as const;

/** Playwright's Chromium when it is installed, otherwise the system one the e2e tests use. */
async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const { chromium } = await import("@playwright/test");
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : "/usr/bin/chromium";
}

/** The cookie header of a signed-in session (next-auth credentials sign-in, as tests/e2e/auth.ts does). */
async function signIn(email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: header(), origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  keep(res);
  if (res.status >= 400 || ![...jar.keys()].some((k) => k.endsWith("session-token")))
    throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return header();
}

type Result = {
  benchmarkIndex: number;
  performance: number;
  accessibility: number;
  metrics: Record<string, string>;
  failing: string[];
  json: string;
};

async function audit(chrome: LaunchedChrome, url: string, cookie: string): Promise<Result> {
  const runner = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = runner;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metrics = Object.fromEntries(
    METRICS.map(([label, id]) => [label, lhr.audits[id]?.displayValue ?? "?"]),
  );
  // What keeps a score below 100: accessibility audits that fail, and the opportunities worth >= 150 ms.
  const failing = Object.values(lhr.audits)
    .filter(
      (a) =>
        (a.score !== null &&
          a.score < 1 &&
          lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id)) ||
        (a.details?.type === "opportunity" && (a.details.overallSavingsMs ?? 0) >= 150),
    )
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
  return {
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    performance: score("performance"),
    accessibility: score("accessibility"),
    metrics,
    failing,
    json: typeof runner.report === "string" ? runner.report : runner.report.join("\n"),
  };
}

const dir = mkdtempSync(path.join(tmpdir(), "neuron-ops-lighthouse-"));
chmodSync(dir, 0o755);
const running: { database?: EmbeddedDatabase; server?: ChildProcess; chrome?: LaunchedChrome } = {};
let failed = false;
try {
  const env = {
    ...process.env,
    HOST: "127.0.0.1",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: ORIGIN,
    LOG_LEVEL: "error",
  };
  if (process.env.LIGHTHOUSE_SKIP_BUILD !== "1" && isBuildStale()) await buildNext(env);
  running.database = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: PG_PORT,
    database: "neuron_lighthouse",
    quiet: true,
  });
  await applyMigrations(running.database.url, MIGRATIONS_DIR);
  process.env.DATABASE_URL = running.database.url;
  const { seedDemo } = await import("../prisma/seed");
  await seedDemo(() => {});
  const { db } = await import("../lib/db");
  await db.$disconnect();
  running.server = startNext(PORT, { ...env, DATABASE_URL: running.database.url }, true);
  await waitForHealthy(`http://127.0.0.1:${PORT}`, 90_000);

  running.chrome = await launch({
    chromePath: await chromiumPath(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  mkdirSync(REPORT_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  console.log(`Lighthouse ${RUNS}× per page, mobile, simulated throttling, ${ORIGIN}`);
  for (const page of PAGES) {
    const cookie = page.email ? await signIn(page.email) : "";
    // One unmeasured load warms the server (compiled routes, the shared-answer cache), as a user's
    // second visit would find it.
    await fetch(`${ORIGIN}${page.path}`, { headers: { cookie } });
    const results: Result[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await audit(running.chrome, `${ORIGIN}${page.path}`, cookie);
      writeFileSync(path.join(REPORT_DIR, `${stamp}-${page.name}-${run}.json`), result.json);
      const m = Object.entries(result.metrics)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
      // The CPU benchmark and load average say how busy the machine was: simulated throttling scales
      // the CPU time it observed, so a busy machine scores lower (docs/performance.md).
      const load = loadavg()[0]!.toFixed(1);
      console.log(
        `  ${page.path} (${page.email ?? "signed out"}) run ${run}: performance ${result.performance}, accessibility ${result.accessibility} — ${m} (CPU benchmark ${result.benchmarkIndex}, load ${load})`,
      );
      results.push(result);
    }
    const sorted = [...results].sort((a, b) => a.performance - b.performance);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const m = Object.entries(median.metrics)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    console.log(
      `${page.path}: median performance ${median.performance}, accessibility ${median.accessibility} — ${m}`,
    );
    if (median.failing.length) console.log(`  to look at: ${median.failing.join("; ")}`);
  }
  console.log(`JSON reports: ${path.relative(ROOT, REPORT_DIR)}/${stamp}-*.json`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  running.chrome?.kill();
  if (running.server) {
    const exited = new Promise((r) => running.server!.once("exit", r));
    running.server.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 12_000))]);
  }
  await running.database?.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}
