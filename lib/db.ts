// One connection pool and one PrismaClient per process (kept across hot reloads in development).
// Prisma runs on the pool; raw SQL goes through lib/db/sql.ts (on this pool, or in a Prisma transaction).
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
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

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
