// `npm start`: production start. Needs DATABASE_URL, NEXTAUTH_SECRET and NEXTAUTH_URL; migrates, never seeds.
import { applyMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR } from "./lib/database";
import { hasBuild, startNext, TYPICAL_BUILD_TIME } from "./lib/next-server";

const { env } = await import("../lib/env").catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
// Serving without a build fails deep inside Next; say what to run instead (the build is a separate step
// in production so every instance serves the same one).
if (!hasBuild()) {
  console.error(
    `No build of the portal yet: run \`npm run build\` first (${TYPICAL_BUILD_TIME}), then \`npm start\`.`,
  );
  process.exit(1);
}
await applyMigrations(env.DATABASE_URL!, MIGRATIONS_DIR, (line) => console.log(line));
const server = startNext(Number(process.env.PORT ?? 3000), process.env);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));
