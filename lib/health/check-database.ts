import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";

export async function isDatabaseUp(): Promise<boolean> {
  try {
    await sqlRows(Prisma.sql`SELECT 1`, { client: db });
    return true;
  } catch {
    return false;
  }
}
