// Resolves the database the scripts work on: DATABASE_URL when set, otherwise the embedded PostgreSQL
// under .data/ (started here, stopped when the script ends).
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const DATA_DIR = path.join(ROOT, ".data");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => {} };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const db = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    port,
    database: "neuron_ops",
    quiet: true,
  });
  return { url: db.url, embedded: true, stop: db.stop };
}
