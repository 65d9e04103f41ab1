// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded database).
import { applyMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR, resolveDatabase } from "./lib/database";

const database = await resolveDatabase();
try {
  const applied = await applyMigrations(database.url, MIGRATIONS_DIR, (line) => console.log(line));
  console.log(applied.length ? `${applied.length} migration(s) applied` : "Database is up to date");
} finally {
  await database.stop();
}
