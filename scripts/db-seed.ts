// `npm run db:seed`: load the demo data set (refuses a database that already has users).
import { applyMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR, resolveDatabase } from "./lib/database";

const database = await resolveDatabase();
try {
  await applyMigrations(database.url, MIGRATIONS_DIR);
  process.env.DATABASE_URL = database.url;
  const { seedDemoIfEmpty } = await import("../prisma/seed");
  if (!(await seedDemoIfEmpty())) console.log("The database already has users; demo data not loaded.");
  const { db } = await import("../lib/db");
  await db.$disconnect(); // before the embedded database stops, so no connection is cut under it
} finally {
  await database.stop();
  process.exit(0);
}
