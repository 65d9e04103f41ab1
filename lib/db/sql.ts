// The one way to run raw SQL (docs/development.md, "Raw SQL"). Prisma's query API covers most reads and
// writes; raw SQL is for what it cannot say (row locks, advisory locks, set-returning statements, the
// queue's SLA ordering, aggregates) or for the hottest reads, where Prisma's per-row mapping costs more
// than the query. Queries are always `Prisma.sql` templates: values are bound parameters, never SQL text.
//
// Three paths, one per situation:
// - `sqlRows(query)` / `sqlExecute(query)`: straight on the pool, outside any transaction. Rows as
//   node-postgres returns them (timestamptz → Date, int8 → string, numeric → string, arrays and json
//   parsed). Cast counts to int in SQL (`count(*)::int`).
// - `sqlRows(query, { client: tx })` / `sqlExecute(query, { client: tx })`: through Prisma, on the
//   transaction's connection (row locks, advisory `pg_advisory_xact_lock`, writes that must commit or roll
//   back with the rest), or on `db` where a read must see Prisma's value mapping (int8 → bigint,
//   numeric → Decimal).
// - A dedicated `pg` connection (`pool.connect()` or a `pg.Client`), only where a statement needs a
//   session of its own that Prisma cannot hand out: COPY streams (backup and restore), LISTEN/NOTIFY
//   (shared answers, live events), migrations and database creation before Prisma exists, session
//   settings such as `session_replication_role`. Those modules say why at the call.
import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { pool, type Db, type Tx } from "@/lib/db";

/** A Prisma client to run on: `db`, or the `tx` a `db.$transaction(async (tx) => …)` callback receives. */
export type SqlClient = Db | Tx;

export type SqlRowsOptions =
  | {
      /** Run through this Prisma client (in its transaction when it is a `tx`). */
      client: SqlClient;
    }
  | {
      client?: undefined;
      /**
       * Keep the statement prepared on each pool connection (named by its text), so PostgreSQL plans it
       * once; for hot queries whose best plan does not depend on the values. Pool path only.
       */
      prepared?: boolean;
    };

/**
 * Runs a `Prisma.sql` query and returns its rows, typed as `T` (a claim about the SELECT list: keep the
 * two together; tests/integration/raw-sql-columns.test.ts checks the incident column lists).
 *
 * Without `client`: on the pool, outside any transaction, node-postgres value types. With
 * `{ client: tx }`: inside that transaction, Prisma's value types.
 *
 * @example
 * const rows = await sqlRows<{ key: string }>(Prisma.sql`SELECT key FROM incidents WHERE status = ${status}`);
 * await db.$transaction(async (tx) => {
 *   const [row] = await sqlRows<{ id: string }>(Prisma.sql`SELECT id FROM … FOR UPDATE`, { client: tx });
 * });
 */
export async function sqlRows<T>(query: Prisma.Sql, options: SqlRowsOptions = {}): Promise<T[]> {
  if (options.client) return options.client.$queryRaw<T[]>(query);
  const result = options.prepared
    ? await pool.query({ name: statementName(query.text), text: query.text, values: query.values })
    : await pool.query(query.text, query.values);
  return result.rows as T[];
}

/**
 * Runs a `Prisma.sql` statement for its effect and returns the number of rows it touched: row locks
 * (`SELECT 1 FROM … FOR UPDATE` inside a transaction), advisory locks, UPDATE/DELETE/INSERT.
 * Without `client`: on the pool, outside any transaction; with `{ client: tx }`: inside it.
 */
export async function sqlExecute(query: Prisma.Sql, options: { client?: SqlClient } = {}): Promise<number> {
  if (options.client) return options.client.$executeRaw(query);
  const result = await pool.query(query.text, query.values);
  return result.rowCount ?? 0;
}

const statementName = (text: string) =>
  `q${createHash("sha1").update(text).digest("base64url").slice(0, 20)}`;
