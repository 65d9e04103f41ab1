// The floor for live updates in the benchmark: node:http and pg alone. One LISTEN connection on the
// portal's channel (neuron_dashboards, which the tables' triggers NOTIFY on commit) fans every
// notification out to every open GET /events stream as `event: changed`, `data: <table>`. No sign-in,
// no topics, no coalescing: what PostgreSQL → Node → socket costs by itself.
import { createServer, type ServerResponse } from "node:http";
import pg from "pg";

const streams = new Set<ServerResponse>();
const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
await listener.connect();
listener.on("notification", (msg) => {
  for (const res of streams) res.write(`event: changed\ndata: ${msg.payload ?? ""}\n\n`);
});
await listener.query("LISTEN neuron_dashboards");

createServer((req, res) => {
  if (req.url !== "/events") {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
  res.write("retry: 2000\n\n");
  streams.add(res);
  req.on("close", () => streams.delete(res));
}).listen(Number(process.env.PORT ?? 3298), "127.0.0.1");
