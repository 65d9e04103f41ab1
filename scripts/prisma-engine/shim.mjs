#!/usr/bin/env node
// The schema-engine's command line and JSON-RPC, served by the WebAssembly engine (engine.mjs).
import { createInterface } from "node:readline";
import * as wasmGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { openEngine, loadEngineWasm } from "./engine.mjs";

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv[i + 1];
};
if (argv[0] === "--version") {
  loadEngineWasm();
  console.log(`schema-engine-cli ${wasmGlue.version()} (wasm)`);
  process.exit(0);
}
const url = JSON.parse(option("--datasource") ?? "{}").url;
const engine = await openEngine({ url, schemaPath: option("--datamodels") }).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
if (argv.includes("cli")) {
  const command = argv[argv.indexOf("cli") + 1];
  if (command === "can-connect-to-database") {
    await engine.version();
    console.log("Connection successful");
    process.exit(0);
  }
  console.error(`${command} is not supported by the offline engine`);
  process.exit(1);
}

// The wasm engine cannot build a shadow database inside createMigration/evaluateDataLoss; a diff from
// the migrations folder to the schema gives the same SQL.
const diffFromMigrations = (p) =>
  engine.diff({
    from: { tag: "migrations", ...p.migrationsList },
    to: { tag: "schemaDatamodel", ...p.schema },
    script: true,
    exitCode: true,
    filters: p.filters,
  });
const fallbacks = {
  evaluateDataLoss: async (p) => ({
    migrationSteps: (await diffFromMigrations(p)).exitCode === 2 ? 1 : 0,
    warnings: [],
    unexecutableSteps: [],
  }),
  createMigration: async (p) => {
    const result = await diffFromMigrations(p);
    return {
      connectorType: "postgresql",
      extension: "sql",
      generatedMigrationName:
        new Date().toISOString().replace(/\D/g, "").slice(0, 14) + "_" + p.migrationName,
      migrationScript:
        result.exitCode === 2 ? result.stdout : p.draft ? "-- This is an empty migration." : null,
    };
  },
};

const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
let queue = Promise.resolve();
createInterface({ input: process.stdin })
  .on("line", (line) => {
    queue = queue.then(async () => {
      const { id, method, params } = JSON.parse(line);
      if (!method) return; // the CLI's answer to a `print` request
      try {
        const name = method === "getDatabaseVersion" ? "version" : method;
        if (typeof engine[name] !== "function")
          throw Object.assign(new Error(`${method} is not supported`), { code: "P1000" });
        const result = await engine[name](params ?? {}).catch((error) => {
          if (!/shadow DB must be provided/.test(error.message) || !fallbacks[method]) throw error;
          return fallbacks[method](params);
        });
        // The native engine prints diff output through a `print` request; the CLI ignores DiffResult.stdout.
        if (method === "diff" && result?.stdout) {
          send({ id: `print-${id}`, method: "print", params: { content: result.stdout } });
          result.stdout = null;
        }
        send({ id, result: result ?? {} });
      } catch (error) {
        send({
          id,
          error: {
            code: 4466,
            message: "An error happened.",
            data: { is_panic: false, message: error.message, error_code: error.code ?? null, meta: {} },
          },
        });
      }
    });
  })
  .on("close", () => queue.then(() => process.exit(0)));
