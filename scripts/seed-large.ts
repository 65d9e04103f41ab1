// `npm run seed:large [-- <count>]`: 1,000,000 incidents over three years (default) for performance
// work, on DATABASE_URL or the embedded database; demo users and services are loaded first if missing.
import { applyMigrations } from "../lib/db/migrate";
import { loadLargeIncidents } from "./lib/large-incidents";
import { MIGRATIONS_DIR, resolveDatabase } from "./lib/database";

const total = Number(process.argv[2] ?? 1_000_000);
const database = await resolveDatabase();
try {
  await applyMigrations(database.url, MIGRATIONS_DIR);
  process.env.DATABASE_URL = database.url;
  const { seedDemoIfEmpty } = await import("../prisma/seed");
  await seedDemoIfEmpty(() => {});
  console.log(`Loading ${total.toLocaleString("en")} incidents over three years…`);
  const result = await loadLargeIncidents(database.url, total);
  console.log(`Done: ${result.inserted.toLocaleString("en")} incidents in ${result.seconds.toFixed(1)} s.`);
  await database.stop();
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await database.stop();
  process.exit(1);
}
