// `npm start`: production start. Needs DATABASE_URL and NEXTAUTH_SECRET; migrates, never seeds.
import { env } from "../lib/env";
import { applyMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR } from "./lib/database";
import { startNext } from "./lib/next-server";

if (!env.DATABASE_URL || !env.NEXTAUTH_SECRET) {
  console.error("Neuron Ops cannot start in production without DATABASE_URL and NEXTAUTH_SECRET. See README \"Configuration\".");
  process.exit(1);
}
await applyMigrations(env.DATABASE_URL, MIGRATIONS_DIR, (line) => console.log(line));
const server = startNext(Number(process.env.PORT ?? 3000), process.env);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));
