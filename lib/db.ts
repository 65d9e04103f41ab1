// One connection pool and one PrismaClient per process (kept across hot reloads in development).
// Prisma runs on the pool; the few hottest reads (the triage queue, token and session lookups) send
// their SQL straight to the same pool with `sqlRows`, skipping Prisma's per-row result mapping.
import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { databaseUrl, env } from "@/lib/env";
import { log } from "@/lib/log";
import { measureQueries } from "@/lib/performance/self-measure";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

function createPool() {
  const created = new pg.Pool({ connectionString: databaseUrl, max: env.DB_POOL_SIZE });
  // An idle connection that dies (database restart, failover) must not take the process with it.
  created.on("error", (error) => log.warn("database connection lost", { error: error.message }));
  measureQueries(created); // every query's time as ops-portal db_query_ms (lib/performance/self-measure.ts)
  return created;
}

export const pool: pg.Pool = globalForPrisma.pool ?? createPool();

// $disconnect() ends the pool too.
export const db: PrismaClient =
  globalForPrisma.prisma ?? new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
if (env.NODE_ENV !== "production") {
  globalForPrisma.prisma = db;
  globalForPrisma.pool = pool;
}

/**
 * Runs a Prisma.sql`…` query on the pool, outside any transaction: same parameter binding as Prisma,
 * node-postgres row types (timestamptz → Date, arrays → arrays, json → objects). Inside a transaction
 * use `tx.$queryRaw<T[]>(Prisma.sql`…`)`. Values are always bound parameters; never build SQL text
 * from input.
 * @param options.prepared keep the statement prepared on each connection (named by its text), so
 *   PostgreSQL plans it once; for hot queries whose best plan does not depend on the values.
 */
export async function sqlRows<T>(query: Prisma.Sql, options: { prepared?: boolean } = {}): Promise<T[]> {
  const values = query.values;
  const result = options.prepared
    ? await pool.query({
        name: `q${createHash("sha1").update(query.text).digest("base64url").slice(0, 20)}`,
        text: query.text,
        values,
      })
    : await pool.query(query.text, values);
  return result.rows as T[];
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
