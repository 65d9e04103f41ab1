// `npm run backup [-- --out <file>]`: a consistent, compressed backup of DATABASE_URL (or the embedded
// database) to backups/neuron-ops-<UTC time>.nopsbak.gz. See docs/operations.md "Backup and restore".
import { createWriteStream, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { dump } from "../lib/continuity/backup";
import { ROOT, resolveDatabase } from "./lib/database";
import { describeDatabase, formatBytes, formatDuration } from "./lib/format";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d+Z$/, "Z"); // 20261127T101500Z
// npm runs scripts in the package folder; a relative --out means relative to where the user typed it.
const out = values.out
  ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out)
  : path.join(ROOT, "backups", `neuron-ops-${stamp}.nopsbak.gz`);
// The file holds password and token hashes: readable by its owner only. Written under a temporary
// name, so a file with the final name is always complete.
mkdirSync(path.dirname(out), { recursive: true, mode: 0o700 });
const partial = `${out}.partial`;

const database = await resolveDatabase();
let code = 0;
try {
  console.log(
    `Backing up ${describeDatabase(database.url)}${database.embedded ? " (embedded)" : ""} to ${out}`,
  );
  const result = await dump(database.url, createWriteStream(partial, { mode: 0o600 }), {
    log: (line) => console.log(`  ${line}`),
  });
  renameSync(partial, out);
  const rows = result.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Backup written: ${formatBytes(result.bytes)}, ${result.manifest.tables.length} tables, ${rows.toLocaleString("en")} rows, ` +
      `snapshot of ${result.manifest.createdAt}, took ${formatDuration(result.durationMs)}.`,
  );
} catch (error) {
  rmSync(partial, { force: true });
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
