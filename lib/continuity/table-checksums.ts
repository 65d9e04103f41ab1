// What a backup holds, and how its content is fingerprinted: the same functions run on the source (in
// the dump's snapshot) and on the restored database, so equal results mean equal data.
import "server-only";
import type pg from "pg";
import { quoteIdent, type TableChecksum } from "@/lib/continuity/backup-format";

export type TableColumns = { name: string; columns: string[] };

// The migration history is the restoring portal's own; everything else in `public` is data.
export const MIGRATIONS_TABLE = "_prisma_migrations";

// Text output that does not depend on the server's or session's settings, so a row renders the same on
// both sides (timestamptz in UTC, ISO dates, shortest exact floats, hex bytea).
const STABLE_OUTPUT =
  "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1; SET bytea_output = 'hex'";

export async function setStableOutput(client: pg.ClientBase): Promise<void> {
  await client.query(STABLE_OUTPUT);
}

// Ordinary tables of `public` (not the pgboss job queue's schema) and their stored columns in order.
// Generated columns are left out: COPY cannot load them, and the target computes them again.
export async function listTables(client: pg.ClientBase): Promise<TableColumns[]> {
  const rows = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> $1
      GROUP BY c.relname
      ORDER BY c.relname COLLATE "C"`,
    [MIGRATIONS_TABLE],
  );
  return rows.rows;
}

export function qualified(table: string): string {
  return `public.${quoteIdent(table)}`;
}

// Row count, and md5 over two exact sums of each row's md5 split into 64-bit halves. Sums do not depend
// on row order, need no sort and constant memory (so they scale to millions of rows, unlike
// string_agg(... ORDER BY ...)), and count every row: a changed, missing, extra or duplicated row
// changes the result except with negligible (about 2^-64) probability. sum(bigint) is exact (numeric);
// OFFSET 0 keeps the row's md5 from being computed once per half. Rendering each row as text is most of
// the cost (about 8 s per million incidents here).
export function tableChecksumSql(table: TableColumns): string {
  const row = `ROW(${table.columns.map((c) => `t.${quoteIdent(c)}`).join(", ")})::text`;
  return `SELECT count(*)::text AS rows,
    md5(coalesce(sum(('x' || left(h, 16))::bit(64)::bigint), 0)::text || ':' || coalesce(sum(('x' || right(h, 16))::bit(64)::bigint), 0)::text) AS checksum
    FROM (SELECT md5(${row}) AS h FROM ${qualified(table.name)} AS t OFFSET 0) AS r`;
}

// Also switches the session to stable output (see STABLE_OUTPUT).
export async function tableChecksums(
  client: pg.ClientBase,
  tables?: readonly TableColumns[],
): Promise<TableChecksum[]> {
  await setStableOutput(client);
  const result: TableChecksum[] = [];
  for (const table of tables ?? (await listTables(client))) {
    const row = (await client.query<{ rows: string; checksum: string }>(tableChecksumSql(table))).rows[0]!;
    result.push({ table: table.name, rows: Number(row.rows), checksum: row.checksum });
  }
  return result;
}

// Tables other than the migration history that hold at least one row.
export async function nonEmptyTables(client: pg.ClientBase): Promise<string[]> {
  const found: string[] = [];
  for (const table of await listTables(client)) {
    const hasRows = await client.query(`SELECT 1 FROM ${qualified(table.name)} LIMIT 1`);
    if (hasRows.rowCount) found.push(table.name);
  }
  return found;
}

// Puts every sequence owned by a serial or identity column of `public` past its column's highest value,
// so new rows continue after the restored ones. Returns how many were moved.
export async function resetOwnedSequences(client: pg.ClientBase): Promise<number> {
  const owned = await client.query<{ sequence: string; table_name: string; column_name: string }>(
    `SELECT format('%I.%I', sn.nspname, s.relname) AS sequence, t.relname AS table_name, a.attname AS column_name
       FROM pg_class s
       JOIN pg_namespace sn ON sn.oid = s.relnamespace
       JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_namespace tn ON tn.oid = t.relnamespace
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND tn.nspname = 'public'`,
  );
  let moved = 0;
  for (const { sequence, table_name, column_name } of owned.rows) {
    const set = await client.query(
      `SELECT setval($1::regclass, max(${quoteIdent(column_name)})) FROM ${qualified(table_name)} HAVING max(${quoteIdent(column_name)}) IS NOT NULL`,
      [sequence],
    );
    moved += set.rowCount ?? 0;
  }
  return moved;
}
