// Developer command: `npm run db:migration:create -- <name>` writes a new migration from the change in
// prisma/schema.prisma, with the real Prisma CLI running on the project's offline schema engine.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { applyMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR, resolveDatabase, ROOT } from "./lib/database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration:create -- <snake_case_name>");
  process.exit(2);
}
const db = await resolveDatabase();
try {
  await applyMigrations(db.url, MIGRATIONS_DIR, console.log);
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/prisma/build/index.js"),
      "migrate",
      "dev",
      "--create-only",
      "--name",
      name,
    ],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        PRISMA_SCHEMA_ENGINE_BINARY:
          process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(ROOT, "scripts/prisma-engine/schema-engine"),
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    },
  );
} finally {
  await db.stop();
}
