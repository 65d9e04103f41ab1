// `npm start`: production start. Needs DATABASE_URL, NEXTAUTH_SECRET and NEXTAUTH_URL; migrates, never seeds.
import { applyMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR } from "./lib/database";
import { startNext } from "./lib/next-server";

const { env } = await import("../lib/env").catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
await applyMigrations(env.DATABASE_URL!, MIGRATIONS_DIR, (line) => console.log(line));
const server = startNext(Number(process.env.PORT ?? 3000), process.env);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));
