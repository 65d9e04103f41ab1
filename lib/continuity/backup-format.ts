// The portal's backup file (pure: no database). Inside the gzip, as text:
//   line 1       the manifest, one line of JSON (format, source migrations, per table: columns, rows, checksum)
//   per table    its `COPY … TO STDOUT` text data, in manifest order, each followed by a line `\.`
// COPY's text format doubles every backslash and writes newlines as `\n`, so no data line can be `\.`:
// the same end marker a plain pg_dump uses. `zcat file | less` shows the whole backup.
import { z } from "zod";

export const BACKUP_FORMAT = "neuron-ops-backup";
export const BACKUP_FORMAT_VERSION = 1;
// See tableChecksumSql in table-checksums.ts: count plus two 64-bit sums of per-row md5 digests.
export const CHECKSUM_METHOD = "row-md5-sum64x2";

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
export const END_OF_TABLE = Buffer.from("\\.\n");
const NEWLINE_END_OF_TABLE = Buffer.from("\n\\.\n");

export class BackupFormatError extends Error {}

export const tableEntry = z.object({
  name: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().nonnegative(),
  checksum: z.string().min(1),
});
export type TableEntry = z.infer<typeof tableEntry>;

export const backupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  checksumMethod: z.literal(CHECKSUM_METHOD),
  source: z.object({ database: z.string(), serverVersion: z.string() }),
  migrations: z.array(z.string().min(1)).min(1, "the source database has no applied migrations"),
  tables: z.array(tableEntry),
});
export type BackupManifest = z.infer<typeof backupManifest>;

export function encodeManifest(manifest: BackupManifest): Buffer {
  return Buffer.from(`${JSON.stringify(backupManifest.parse(manifest))}\n`, "utf8");
}

export function parseManifest(line: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BackupFormatError("not a Neuron Ops backup: the first line is not a JSON manifest");
  }
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== BACKUP_FORMAT)
    throw new BackupFormatError("not a Neuron Ops backup: unknown manifest format");
  if (head.data.version !== BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError(
      `backup format version ${head.data.version} is not supported by this version of the portal (reads ${BACKUP_FORMAT_VERSION})`,
    );
  }
  const parsed = backupManifest.safeParse(json);
  if (!parsed.success)
    throw new BackupFormatError(
      `invalid backup manifest: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return parsed.data;
}

// Reads a backup's decompressed byte stream in order: the manifest, then each table's data.
export class BackupReader {
  private buffer: Buffer = Buffer.alloc(0);
  private exhausted = false;
  private readonly source: AsyncIterator<Buffer | string>;

  constructor(source: AsyncIterable<Buffer | string>) {
    this.source = source[Symbol.asyncIterator]();
  }

  async readManifest(): Promise<BackupManifest> {
    let end: number;
    while ((end = this.buffer.indexOf(0x0a)) < 0) {
      if (this.buffer.length > MAX_MANIFEST_BYTES || !(await this.fill())) {
        throw new BackupFormatError("not a Neuron Ops backup: no manifest line");
      }
    }
    const line = this.buffer.subarray(0, end).toString("utf8");
    this.buffer = this.buffer.subarray(end + 1);
    return parseManifest(line);
  }

  // The next table's COPY data, in whole lines, up to (not including) its `\.` line.
  async *tableData(): AsyncGenerator<Buffer> {
    for (;;) {
      // The buffer always starts at a line start here, so an empty table is the marker right away.
      if (
        this.buffer.length >= END_OF_TABLE.length &&
        this.buffer.subarray(0, END_OF_TABLE.length).equals(END_OF_TABLE)
      ) {
        this.buffer = this.buffer.subarray(END_OF_TABLE.length);
        return;
      }
      const end = this.buffer.indexOf(NEWLINE_END_OF_TABLE);
      if (end >= 0) {
        yield this.buffer.subarray(0, end + 1);
        this.buffer = this.buffer.subarray(end + NEWLINE_END_OF_TABLE.length);
        return;
      }
      const lastNewline = this.buffer.lastIndexOf(0x0a);
      if (lastNewline >= 0) {
        yield this.buffer.subarray(0, lastNewline + 1);
        this.buffer = this.buffer.subarray(lastNewline + 1);
      }
      if (!(await this.fill()))
        throw new BackupFormatError("the backup ends in the middle of a table (truncated file?)");
    }
  }

  async expectEnd(): Promise<void> {
    while (this.buffer.length === 0) if (!(await this.fill())) return;
    throw new BackupFormatError("unexpected data after the last table");
  }

  private async fill(): Promise<boolean> {
    if (this.exhausted) return false;
    const next = await this.source.next();
    if (next.done) {
      this.exhausted = true;
      return false;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value, "utf8") : next.value;
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    return true;
  }
}

// Why a backup cannot be restored with this repository's migrations, or null when it can: the
// backup's migrations must be the first ones of the repository's, in the same order.
export function migrationMismatch(backup: readonly string[], repo: readonly string[]): string | null {
  for (const [i, name] of backup.entries()) {
    if (repo[i] === name) continue;
    if (!repo.includes(name))
      return `the backup was made at migration ${name}, which this version of the portal does not have; restore it with the portal version that made it (or a newer one)`;
    return `the backup's migrations are not the first ones of this version's (${name} is out of order); restore it with the portal version that made it`;
  }
  return null;
}

export type TableChecksum = { table: string; rows: number; checksum: string };
export type TableVerdict = {
  table: string;
  expected: TableChecksum;
  actual: TableChecksum | null;
  ok: boolean;
};

// Each manifest table against the restored database's count and checksum.
export function compareChecksums(
  expected: readonly TableEntry[],
  actual: readonly TableChecksum[],
): TableVerdict[] {
  const byTable = new Map(actual.map((a) => [a.table, a]));
  return expected.map((e) => {
    const found = byTable.get(e.name) ?? null;
    return {
      table: e.name,
      expected: { table: e.name, rows: e.rows, checksum: e.checksum },
      actual: found,
      ok: !!found && found.rows === e.rows && found.checksum === e.checksum,
    };
  });
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
