// Applies prisma/migrations/*/migration.sql in order and records each in `_prisma_migrations` exactly as
// `prisma migrate deploy` does (checksum = SHA-256 of the file), so the two are interchangeable. Runs on
// every start, needs nothing from outside the repo, and is safe with several instances starting at once.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const PRISMA_MIGRATE_LOCK = 72707369; // the advisory lock key prisma migrate uses

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

// `through` stops after that migration (a restore loads a backup at its own schema level first, then
// migrates forward, so later data migrations run on the restored rows).
export async function applyMigrations(
  databaseUrl: string,
  dir: string,
  log: (line: string) => void = () => {},
  options: { through?: string } = {},
): Promise<string[]> {
  let migrations = readMigrations(dir);
  if (options.through !== undefined) {
    const end = migrations.findIndex((m) => m.name === options.through);
    if (end < 0) throw new Error(`Migration ${options.through} is not in ${dir}`);
    migrations = migrations.slice(0, end + 1);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_TABLE);
    const rows = (
      await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
      )
    ).rows;
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was not rolled back. Fix the database, then mark it ` +
          `with 'prisma migrate resolve --rolled-back ${failed.migration_name}' (or delete its _prisma_migrations row).`,
      );
    }
    const done = new Map(
      rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]),
    );
    for (const migration of migrations) {
      const existing = done.get(migration.name);
      if (existing) {
        if (existing.checksum !== migration.checksum)
          log(`warning: migration ${migration.name} was edited after it was applied`);
        continue;
      }
      // Each migration and its record commit together: a crash mid-way leaves nothing half-applied.
      // (So, unlike `prisma migrate deploy`, statements that refuse a transaction, such as
      // CREATE INDEX CONCURRENTLY, cannot be used in migrations.)
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${String(error)}`);
      }
      applied.push(migration.name);
      log(`applied migration ${migration.name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
  return applied;
}
