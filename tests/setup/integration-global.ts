// Starts one PostgreSQL for the integration run (embedded, in a temp folder; or the server named by
// TEST_DATABASE_URL), migrates a template database, and hands its address to the test files.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";

export const TEMPLATE_DB = "neuron_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let adminUrl: string;
  let dataDir: string | undefined;
  if (external) {
    adminUrl = external;
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), "neuron-ops-test-pg-"));
    chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
    const port = Number(process.env.TEST_PG_PORT ?? 54339);
    const db = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "data"),
      port,
      database: "postgres",
      quiet: true,
    });
    adminUrl = db.adminUrl;
    stop = db.stop;
  }
  const admin = new URL(adminUrl);
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
  await client.end();
  await ensureDatabase(adminUrl, TEMPLATE_DB);
  admin.pathname = `/${TEMPLATE_DB}`;
  await applyMigrations(admin.toString(), path.resolve(import.meta.dirname, "../../prisma/migrations"));
  project.provide("adminUrl", adminUrl);
  return async () => {
    await stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
