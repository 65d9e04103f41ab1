// `npm run restore -- <file> [--record-dr-test]`: restore a backup into DATABASE_URL (or the embedded
// database), which must be empty, and verify every table. See docs/operations.md "Backup and restore".
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { restore, RestoreRefusedError, type RestoreResult } from "../lib/continuity/backup";
import { MIGRATIONS_DIR, resolveDatabase } from "./lib/database";
import { describeDatabase, formatDuration } from "./lib/format";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "record-dr-test": { type: "boolean", default: false } },
});
if (positionals.length !== 1) {
  console.error("Usage: npm run restore -- <backup file> [--record-dr-test]");
  process.exit(2);
}
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
if (!existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(2);
}

function printVerdicts(result: RestoreResult) {
  const width = Math.max(5, ...result.tables.map((t) => t.table.length));
  console.log(`\n  ${"table".padEnd(width)} ${"rows".padStart(12)}  verified`);
  for (const t of result.tables) {
    const rows = (t.actual?.rows ?? 0).toLocaleString("en").padStart(12);
    const verdict = t.ok
      ? "OK"
      : `MISMATCH (backup: ${t.expected.rows} rows, checksum ${t.expected.checksum}; restored: ${t.actual ? `${t.actual.rows} rows, checksum ${t.actual.checksum}` : "missing"})`;
    console.log(`  ${t.table.padEnd(width)} ${rows}  ${verdict}`);
  }
}

const database = await resolveDatabase();
let code = 0;
try {
  console.log(
    `Restoring ${file} into ${describeDatabase(database.url)}${database.embedded ? " (embedded)" : ""}`,
  );
  const result = await restore(database.url, createReadStream(file), {
    migrationsDir: MIGRATIONS_DIR,
    log: (line) => console.log(`  ${line}`),
  });
  printVerdicts(result);
  const bad = result.tables.filter((t) => !t.ok).length;
  if (result.ok) {
    console.log(
      `\nRestore verified: all ${result.tables.length} tables match the backup's row counts and checksums.`,
    );
    if (values["record-dr-test"]) {
      process.env.DATABASE_URL = database.url;
      const { recordRestoreAsDrTest } = await import("../lib/continuity/record-restore-test");
      const test = await recordRestoreAsDrTest({
        durationMs: result.durationMs,
        backupAgeMs: result.backupAgeMs,
        file: path.basename(file),
        tables: result.tables.length,
      });
      console.log(
        `Recorded as a DR test of "${test.functionName}": RTO ${test.measuredRtoHours} h (target ${test.targetRtoHours} h), RPO ${test.measuredRpoHours} h (target ${test.targetRpoHours} h).`,
      );
      const { db } = await import("../lib/db");
      await db.$disconnect();
    }
    if (result.migratedForward.length > 0)
      console.log(
        `Then applied ${result.migratedForward.length} newer migration(s): ${result.migratedForward.join(", ")}.`,
      );
  } else {
    console.error(
      `\nRestore FAILED verification: ${bad} table(s) differ from the backup. Everything was rolled back; the database is empty.`,
    );
    code = 1;
  }
  console.log(`Restore took ${formatDuration(result.durationMs)} (the measured RTO for the data).`);
  console.log(
    `The backup is ${formatDuration(result.backupAgeMs)} old (snapshot of ${result.manifest.createdAt}): the RPO at this moment.`,
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof RestoreRefusedError ? message : `Restore failed: ${message}`);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
