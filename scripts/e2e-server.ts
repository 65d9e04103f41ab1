// The server Playwright tests run against: a fresh embedded PostgreSQL in a temp folder, migrated and
// seeded with the demo data, and the built portal on E2E_PORT. Everything is removed when it stops.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR } from "./lib/database";
import { startNext } from "./lib/next-server";

const port = Number(process.env.E2E_PORT ?? 3100);
const dir = mkdtempSync(path.join(tmpdir(), "neuron-ops-e2e-"));
chmodSync(dir, 0o755);
const database = await startEmbeddedPostgres({
  dataDir: path.join(dir, "data"),
  port: Number(process.env.E2E_PG_PORT ?? 54349),
  database: "neuron_e2e",
  quiet: true,
});
await applyMigrations(database.url, MIGRATIONS_DIR);
process.env.DATABASE_URL = database.url;
const { seedDemo } = await import("../prisma/seed");
await seedDemo(() => {});

const server = startNext(port, {
  ...process.env,
  HOST: "127.0.0.1",
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: `http://localhost:${port}`,
  // The specs' webhook and chat receivers listen on this machine, addressed as `localhost`.
  OUTBOUND_ALLOWLIST: process.env.OUTBOUND_ALLOWLIST ?? "localhost",
});
const stop = async () => {
  server.kill("SIGTERM");
  await database.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
server.on("exit", () => void stop());
