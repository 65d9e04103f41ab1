import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { ensureDatabase } from "@/lib/db/embedded-postgres";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";

const DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

async function freshDatabase(): Promise<string> {
  const admin = process.env.TEST_ADMIN_DATABASE_URL!;
  const name = `neuron_migrate_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(admin, name);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

describe("migration runner", () => {
  it("applies every migration once, even when several instances start together, and records them as Prisma does", async () => {
    const url = await freshDatabase();
    const runs = await Promise.all([
      applyMigrations(url, DIR),
      applyMigrations(url, DIR),
      applyMigrations(url, DIR),
    ]);
    const names = readMigrations(DIR).map((m) => m.name);
    expect(runs.flat().sort()).toEqual(names.sort());

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    type Row = {
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    };
    const rows = (
      await client.query<Row>(
        "SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
      )
    ).rows;
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = readFileSync(path.join(DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await applyMigrations(url, DIR)).toEqual([]);
  });
});
