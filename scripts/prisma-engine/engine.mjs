// Opens @prisma/schema-engine-wasm (the engine Prisma publishes as WebAssembly) on a PostgreSQL URL,
// through @prisma/adapter-pg. Used by shim.mjs (for the Prisma CLI) and by the schema-drift test.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { randomUUID } from "node:crypto";
import * as wasmGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
let instantiated = false;
// The wasm glue reports a Rust panic through this global; without it the message is lost.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (message) => console.error(`schema engine panic: ${message}`),
};

export function loadEngineWasm() {
  if (instantiated) return;
  instantiated = true;
  const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    "./schema_engine_bg.js": wasmGlue,
  });
  wasmGlue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
}

// Two fixes to @prisma/adapter-pg 7.10 for the engine's use:
// - it cannot decode PostgreSQL's internal "char" type (OID 18), which the engine's introspection
//   selects; pg already hands it over as a string, so report it as text (OID 25);
// - its executeScript splits scripts on every ";", which breaks functions and triggers ($$ bodies);
//   PostgreSQL runs a multi-statement script as one simple query just fine.
let charTypePatched = false;
async function patchCharType(factory) {
  if (charTypePatched) return;
  charTypePatched = true;
  const probe = await factory.connect();
  const adapter = Object.getPrototypeOf(probe);
  adapter.executeScript = async function executeWholeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  const queryable = Object.getPrototypeOf(adapter);
  await probe.dispose();
  const performIO = queryable.performIO;
  queryable.performIO = async function patchedPerformIO(query) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
}

function connectionConfig(url) {
  // Discrete fields: with { connectionString } pg lets the URL override `database`, so the adapter's
  // shadow database would silently be the main one.
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

export async function openEngine({ url, schemaPath, log = () => {} }) {
  loadEngineWasm();
  const config = connectionConfig(url);
  const factory = new PrismaPg(config, { schema: new URL(url).searchParams.get("schema") ?? undefined });
  // Our own shadow database: adapter-pg drops it before closing its pool, which PostgreSQL refuses.
  factory.connectToShadowDb = async () => {
    const main = await factory.connect();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...config, database: name }).connect();
    const closeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await main.dispose();
    };
    return shadow;
  };
  await patchCharType(factory);
  const datamodels = schemaPath ? [[schemaPath, readFileSync(schemaPath, "utf8")]] : undefined;
  return wasmGlue.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

export const schemaFiles = (file) => ({ files: [{ path: file, content: readFileSync(file, "utf8") }] });

// The shape the Prisma CLI builds from prisma/migrations: directories sorted, each migration.sql inlined.
export function migrationsList(dir, shadowDbInitScript = "") {
  const baseDir = path.resolve(dir);
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const names = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    shadowDbInitScript,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    migrationDirectories: names.map((name) => {
      const file = path.join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: "not found" },
        },
      };
    }),
  };
}

export const noFilter = { externalTables: [], externalEnums: [] };
