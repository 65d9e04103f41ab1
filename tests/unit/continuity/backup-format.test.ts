import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  BackupFormatError,
  BackupReader,
  compareChecksums,
  encodeManifest,
  END_OF_TABLE,
  migrationMismatch,
  type BackupManifest,
} from "@/lib/continuity/backup-format";

const manifest = (tables: { name: string; rows: number }[]): BackupManifest => ({
  format: "neuron-ops-backup",
  version: 1,
  createdAt: "2026-11-27T10:00:00.000Z",
  checksumMethod: "row-md5-sum64x2",
  source: { database: "neuron_ops", serverVersion: "17.10" },
  migrations: ["20260101000000_init", "20260201000000_more"],
  tables: tables.map((t) => ({ ...t, columns: ["id", "body"], checksum: `sum-${t.name}` })),
});

// COPY text data as PostgreSQL writes it: a backslash is doubled, so a value "\." is the line `\\.`.
const TABLES = {
  notes: "1\tplain\n2\t\\\\.\n3\tline one\\nline two\\ttab\n4\t\\N\n5\t\\\\.\\n\\\\.\n",
  empty: "",
  unicode: "1\tcafé ✓ 日本\n",
  // A one-column table whose values are "\." and "\.\.": lines that look like the end marker but are not.
  marks: "\\\\.\n\\\\.\\\\.\n",
};

function file(data: Record<string, string>) {
  const m = manifest(
    Object.entries(data).map(([name, text]) => ({ name, rows: text.split("\n").length - 1 })),
  );
  return Buffer.concat([
    encodeManifest(m),
    ...Object.values(data).flatMap((text) => [Buffer.from(text), END_OF_TABLE]),
  ]);
}

// The file as a stream of chunks of the given size (a gunzip stream cuts anywhere).
function chunks(bytes: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function readAll(reader: BackupReader, tables: number) {
  const out: string[] = [];
  for (let i = 0; i < tables; i++) {
    const parts: Buffer[] = [];
    for await (const part of reader.tableData()) parts.push(part);
    out.push(Buffer.concat(parts).toString("utf8"));
  }
  return out;
}

describe("backup file format", () => {
  it.each([1, 2, 3, 4, 5, 7, 64, 1 << 16])(
    "reads back the manifest and every table's data exactly, in chunks of %i bytes",
    async (size) => {
      const reader = new BackupReader(chunks(file(TABLES), size));
      const read = await reader.readManifest();
      expect(read.tables.map((t) => [t.name, t.rows])).toEqual([
        ["notes", 5],
        ["empty", 0],
        ["unicode", 1],
        ["marks", 2],
      ]);
      expect(read.migrations).toEqual(["20260101000000_init", "20260201000000_more"]);
      expect(await readAll(reader, 4)).toEqual(Object.values(TABLES));
      await expect(reader.expectEnd()).resolves.toBeUndefined();
    },
  );

  it("yields whole lines only, so a row is never split between two writes", async () => {
    const reader = new BackupReader(chunks(file(TABLES), 3));
    await reader.readManifest();
    for await (const part of reader.tableData()) expect(part.at(-1)).toBe(0x0a);
  });

  it("refuses a truncated file and one with data after the last table", async () => {
    const whole = file(TABLES);
    const truncated = new BackupReader(chunks(whole.subarray(0, whole.length - 10), 16));
    await truncated.readManifest();
    await expect(readAll(truncated, 4)).rejects.toThrow(/ends in the middle of a table/);

    const padded = new BackupReader(chunks(Buffer.concat([whole, Buffer.from("1\textra\n")]), 16));
    await padded.readManifest();
    await readAll(padded, 4);
    await expect(padded.expectEnd()).rejects.toThrow(/after the last table/);
  });

  it("refuses what is not a backup, and format versions it does not know", async () => {
    const read = (text: string) => new BackupReader(chunks(Buffer.from(text), 8)).readManifest();
    await expect(read("hello\nworld\n")).rejects.toThrow(BackupFormatError);
    await expect(read("")).rejects.toThrow(/no manifest line/);
    await expect(read(`${JSON.stringify({ format: "pg_dump", version: 1 })}\n`)).rejects.toThrow(
      /not a Neuron Ops backup/,
    );
    await expect(read(`${JSON.stringify({ ...manifest([]), version: 2 })}\n`)).rejects.toThrow(
      /format version 2 is not supported/,
    );
    await expect(read(`${JSON.stringify({ ...manifest([]), migrations: [] })}\n`)).rejects.toThrow(
      /no applied migrations/,
    );
  });
});

describe("which backups this version can restore", () => {
  const repo = ["a_init", "b_incidents", "c_changes"];

  it("accepts the repository's migrations or a prefix of them", () => {
    expect(migrationMismatch(repo, repo)).toBeNull();
    expect(migrationMismatch(["a_init", "b_incidents"], repo)).toBeNull();
  });

  it("refuses a backup from a newer version or with migrations out of order", () => {
    expect(migrationMismatch([...repo, "d_vendors"], repo)).toMatch(
      /d_vendors, which this version of the portal does not have/,
    );
    expect(migrationMismatch(["a_init", "c_changes"], repo)).toMatch(/c_changes is out of order/);
  });
});

describe("verification", () => {
  it("passes a table only when both its row count and checksum match, and fails a missing one", () => {
    const entry = (name: string, rows: number, checksum: string) => ({
      name,
      columns: ["id"],
      rows,
      checksum,
    });
    const verdicts = compareChecksums(
      [entry("a", 2, "x"), entry("b", 2, "y"), entry("c", 3, "z"), entry("d", 0, "e")],
      [
        { table: "a", rows: 2, checksum: "x" },
        { table: "b", rows: 2, checksum: "other" },
        { table: "c", rows: 4, checksum: "z" },
      ],
    );
    expect(verdicts.map((v) => [v.table, v.ok])).toEqual([
      ["a", true],
      ["b", false],
      ["c", false],
      ["d", false],
    ]);
    expect(verdicts[3]!.actual).toBeNull();
  });
});
