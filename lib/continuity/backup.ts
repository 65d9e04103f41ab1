// The portal's own backup and restore, in Node (a user's machine has no pg_dump): `npm run backup` and
// `npm run restore`. A dump is one snapshot of every table in `public` (not the pgboss queue, which
// recreates itself); a restore loads it into an empty database and proves the content equal.
import "server-only";
import { Transform, type Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFormatError,
  BackupReader,
  CHECKSUM_METHOD,
  compareChecksums,
  encodeManifest,
  END_OF_TABLE,
  migrationMismatch,
  quoteIdent,
  type BackupManifest,
  type TableVerdict,
} from "@/lib/continuity/backup-format";
import {
  listTables,
  MIGRATIONS_TABLE,
  nonEmptyTables,
  qualified,
  resetOwnedSequences,
  tableChecksums,
  setStableOutput,
  type TableColumns,
} from "@/lib/continuity/table-checksums";
import { dropSecondaryIndexes, rebuildIndexes } from "@/lib/continuity/deferred-indexes";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";

export { tableChecksums } from "@/lib/continuity/table-checksums";
export { BackupFormatError, type BackupManifest, type TableVerdict } from "@/lib/continuity/backup-format";

export class RestoreRefusedError extends Error {}

type Log = (line: string) => void;
export type DumpResult = { manifest: BackupManifest; bytes: number; durationMs: number };

async function connect(url: string, purpose: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: `neuron-ops ${purpose}` });
  await client.connect();
  // A long table must not be cut off by a server-wide timeout.
  await client.query("SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0");
  await setStableOutput(client);
  return client;
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query("SELECT to_regclass($1) IS NOT NULL AS present", [
    `public.${MIGRATIONS_TABLE}`,
  ]);
  if (!(exists.rows[0] as { present: boolean }).present) return [];
  const rows = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM public.${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows.rows.map((r) => r.migration_name);
}

const tableLine = (name: string, rows: number, since: number) =>
  `${name.padEnd(28)} ${rows.toLocaleString("en").padStart(12)} rows ${((performance.now() - since) / 1000).toFixed(1).padStart(7)} s`;

const copyColumns = (table: TableColumns) =>
  `${qualified(table.name)} (${table.columns.map(quoteIdent).join(", ")})`;

// Writes the gzip-compressed backup of `url` to `out` (and ends `out`). Counts, checksums and data all
// come from one REPEATABLE READ snapshot, so the file is consistent while the portal keeps writing.
export async function dump(url: string, out: Writable, options: { log?: Log } = {}): Promise<DumpResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const client = await connect(url, "backup");
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const source = (
      await client.query<{ at: Date; database: string; version: string }>(
        "SELECT now() AS at, current_database() AS database, current_setting('server_version') AS version",
      )
    ).rows[0]!;
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0)
      throw new Error(`${source.database} is not a Neuron Ops database (no applied migrations)`);
    const tables = await listTables(client);
    const sums = await tableChecksums(client, tables);
    log(
      `counted and checksummed ${tables.length} tables in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: source.at.toISOString(),
      checksumMethod: CHECKSUM_METHOD,
      source: { database: source.database, serverVersion: source.version },
      migrations,
      tables: tables.map((t, i) => ({
        name: t.name,
        columns: t.columns,
        rows: sums[i]!.rows,
        checksum: sums[i]!.checksum,
      })),
    };
    async function* content() {
      yield encodeManifest(manifest);
      for (const table of manifest.tables) {
        const tableStarted = performance.now();
        const copy = client.query(copyTo(`COPY ${copyColumns(table)} TO STDOUT`));
        for await (const chunk of copy) yield chunk as Buffer;
        // Same snapshot as the count: a difference means the snapshot did not hold.
        if (copy.rowCount !== table.rows)
          throw new Error(`${table.name}: copied ${copy.rowCount} rows, counted ${table.rows}`);
        yield END_OF_TABLE;
        log(tableLine(table.name, table.rows, tableStarted));
      }
    }
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(content, createGzip(), counter, out);
    await client.query("COMMIT");
    return { manifest, bytes, durationMs: performance.now() - started };
  } finally {
    await client.end(); // also ends the transaction if anything failed
  }
}

export type RestoreResult = {
  ok: boolean; // every table's count and checksum equal the manifest's; otherwise nothing was kept
  manifest: BackupManifest;
  tables: TableVerdict[];
  migratedForward: string[]; // repository migrations newer than the backup, applied after the load
  durationMs: number; // the measured recovery time
  backupAgeMs: number; // how old the restored data is now: the recovery point at this moment
};

export type RestoreOptions = {
  migrationsDir: string;
  log?: Log;
  // Called once the restore has finished, verified or not, e.g. to record the run as a DR test.
  onRestored?: (result: RestoreResult) => Promise<void>;
};

// Restores a backup into an empty database: migrates it to the backup's schema level, loads every table
// in one transaction with triggers and foreign-key checks off (session_replication_role = replica, which
// needs a superuser or a role granted that setting) and secondary indexes built after the load, moves
// the sequences on, verifies every table against the manifest (rolling everything back on any
// difference), then applies newer migrations.
export async function restore(url: string, input: Readable, options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  let result: RestoreResult | undefined;
  const loading = pipeline(input, createGunzip(), async (source: AsyncIterable<Buffer>) => {
    const reader = new BackupReader(source);
    const manifest = await reader.readManifest();
    const repo = readMigrations(options.migrationsDir).map((m) => m.name);
    const mismatch = migrationMismatch(manifest.migrations, repo);
    if (mismatch) throw new RestoreRefusedError(`Restore refused: ${mismatch}.`);
    await assertRestorable(url, manifest);
    await applyMigrations(url, options.migrationsDir, log, { through: manifest.migrations.at(-1) });
    const tables = await load(url, manifest, reader, log);
    const ok = tables.every((t) => t.ok);
    const migratedForward = ok ? await applyMigrations(url, options.migrationsDir, log) : [];
    result = {
      ok,
      manifest,
      tables,
      migratedForward,
      durationMs: performance.now() - started,
      backupAgeMs: Date.now() - Date.parse(manifest.createdAt),
    };
  });
  await loading.catch((error: unknown) => {
    const zlibCode = error instanceof Error && "code" in error && String(error.code).startsWith("Z_");
    throw zlibCode
      ? new BackupFormatError(
          `the file is not a gzip-compressed backup, or it is damaged or cut short (${error.message})`,
        )
      : error;
  });
  await options.onRestored?.(result!);
  return result!;
}

// Before anything is written: the target holds no data and is not migrated past the backup.
async function assertRestorable(url: string, manifest: BackupManifest): Promise<void> {
  const client = await connect(url, "restore check");
  try {
    const filled = await nonEmptyTables(client);
    if (filled.length > 0) {
      throw new RestoreRefusedError(
        `Restore refused: the target database is not empty (rows in ${filled.join(", ")}). Restore into a new, empty database.`,
      );
    }
    const applied = await appliedMigrations(client);
    if (migrationMismatch(applied, manifest.migrations)) {
      throw new RestoreRefusedError(
        `Restore refused: the target database is already migrated past the backup (to ${applied.at(-1)}). Restore into a new, empty database.`,
      );
    }
  } finally {
    await client.end();
  }
}

async function load(
  url: string,
  manifest: BackupManifest,
  reader: BackupReader,
  log: Log,
): Promise<TableVerdict[]> {
  const client = await connect(url, "restore");
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica").catch((error: unknown) => {
      throw new RestoreRefusedError(
        `Restore refused: the database role cannot switch off triggers (session_replication_role needs a superuser): ${String(error)}`,
      );
    });
    const target = await listTables(client);
    const differs = schemaDifference(manifest, target);
    if (differs)
      throw new RestoreRefusedError(
        `Restore refused: the migrated target's tables do not match the backup (${differs}).`,
      );
    // Nothing else may write while the tables fill; then check again that they are still empty.
    if (target.length > 0)
      await client.query(
        `LOCK TABLE ${target.map((t) => qualified(t.name)).join(", ")} IN ACCESS EXCLUSIVE MODE`,
      );
    const filled = await nonEmptyTables(client);
    if (filled.length > 0)
      throw new RestoreRefusedError(
        `Restore refused: rows appeared in ${filled.join(", ")} during the restore.`,
      );
    const indexes = await dropSecondaryIndexes(client);
    for (const table of manifest.tables) {
      const tableStarted = performance.now();
      const copy = client.query(copyFrom(`COPY ${copyColumns(table)} FROM STDIN`));
      await pipeline(reader.tableData(), copy);
      log(tableLine(table.name, copy.rowCount, tableStarted));
    }
    await reader.expectEnd();
    const indexesStarted = performance.now();
    await rebuildIndexes(client, indexes);
    log(`built ${indexes.length} indexes in ${((performance.now() - indexesStarted) / 1000).toFixed(1)} s`);
    const sequences = await resetOwnedSequences(client);
    log(`moved ${sequences} sequences past the restored ids; verifying…`);
    const verdicts = compareChecksums(manifest.tables, await tableChecksums(client, manifest.tables));
    await client.query(verdicts.every((v) => v.ok) ? "COMMIT" : "ROLLBACK");
    return verdicts;
  } finally {
    await client.end(); // rolls back whatever did not commit
  }
}

function schemaDifference(manifest: BackupManifest, target: TableColumns[]): string | null {
  const byName = new Map(target.map((t) => [t.name, t.columns.join(",")]));
  for (const table of manifest.tables) {
    const columns = byName.get(table.name);
    if (columns === undefined) return `no table ${table.name}`;
    if (columns !== table.columns.join(","))
      return `${table.name} has columns ${columns}, the backup ${table.columns.join(",")}`;
  }
  const listed = new Set(manifest.tables.map((t) => t.name));
  const extra = target.filter((t) => !listed.has(t.name)).map((t) => t.name);
  return extra.length > 0 ? `tables not in the backup: ${extra.join(", ")}` : null;
}
