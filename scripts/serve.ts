// The portal's production server: Next's request handler on node:http, behind the edge checks of
// scripts/lib/serve-edge.ts (client address from the socket, malformed paths, body ceiling, 431/400 as
// problem+json). startNext (scripts/lib/next-server.ts) runs it for npm start, the demo, e2e and bench:
//   node --import tsx scripts/serve.ts --port 3000 --hostname 0.0.0.0
// SIGTERM/SIGINT stop taking connections, let requests in flight finish (at most GRACE_MS), then exit.
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { attachEdge, closeGracefully, type EdgeLog } from "./lib/serve-edge";

const GRACE_MS = 10_000;
const ROOT = path.resolve(import.meta.dirname, "..");

const { values } = parseArgs({
  options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "0.0.0.0" } },
});
const port = Number(values.port);
const hostname = values.hostname;

const { env } = await import("../lib/env").catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
const { log } = await import("../lib/log");
const edgeLog: EdgeLog = (level, message, fields) => log[level](message, fields);

const server = createServer();
const app = next({ dev: false, dir: ROOT, hostname, port, httpServer: server });
await app.prepare();
attachEdge(server, app.getRequestHandler(), { trustProxy: env.TRUST_PROXY, log: edgeLog });
server.listen(port, hostname, () =>
  log.info("serving", { url: `http://${hostname}:${port}`, trustProxy: env.TRUST_PROXY }),
);

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  log.info("stopping: finishing requests in flight", { signal });
  await closeGracefully(server, GRACE_MS);
  await app.close().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", (signal) => void stop(signal));
process.on("SIGINT", (signal) => void stop(signal));
