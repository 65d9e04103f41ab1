// Runs `prisma generate` offline: the CLI wants a schema-engine binary to exist even though generate
// never uses it, so point it at the project's own offline engine.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const engine = path.join(root, "scripts/prisma-engine/schema-engine");
execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? engine,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
