// Helpers for the specs that start their own processes (databases, portal instances, Alertmanager):
// bounded waits that say what did not happen, and one-off SQL on a database of their own.
import pg from "pg";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 250 ms for `ms`; the error names `what` and adds `context()` (recent output). */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  ms: number,
  context: () => string = () => "",
) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s\n${context()}`);
}

/** One query on its own connection (the spec's database, not the portal's pool). */
export async function queryOnce<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
