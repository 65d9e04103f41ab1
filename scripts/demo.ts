// `npm run demo`: the portal with demo data on the embedded PostgreSQL (or DATABASE_URL), one command.
import { applyMigrations } from "../lib/db/migrate";
import { MIGRATIONS_DIR, resolveDatabase } from "./lib/database";
import { buildNext, hasBuild, isBuildStale, startNext, waitForHealthy } from "./lib/next-server";
import { demoSecret } from "./lib/secret";

const port = Number(process.env.PORT ?? 3000);
const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;

const database = await resolveDatabase();
console.log(
  database.embedded
    ? `Embedded PostgreSQL running (${database.url.replace(/:[^:@/]+@/, ":***@")})`
    : "Using DATABASE_URL",
);
await applyMigrations(database.url, MIGRATIONS_DIR, (line) => console.log(line));

process.env.DATABASE_URL = database.url;
const { seedDemoIfEmpty, DEMO_USERS, DEMO_PASSWORD } = await import("../prisma/seed");
const seeded = await seedDemoIfEmpty((line) => console.log(line));

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? demoSecret(),
  NEXTAUTH_URL: baseUrl,
};
if (isBuildStale()) {
  console.log(
    hasBuild()
      ? "The sources changed since the last build."
      : "First start: the portal has not been built yet.",
  );
  await buildNext(env);
}
const server = startNext(port, env);
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 1));

await waitForHealthy(`http://127.0.0.1:${port}`);
console.log(`
  Neuron Ops is running at ${baseUrl}
  ${seeded ? "Demo data was created." : "Existing data kept."} Demo sign-ins (password "${DEMO_PASSWORD}"):
${DEMO_USERS.map((u) => `    ${u.email.padEnd(24)} ${u.roles.join(", ")}`).join("\n")}

  Stop with Ctrl+C. Data stays in .data/ for the next start.
`);
