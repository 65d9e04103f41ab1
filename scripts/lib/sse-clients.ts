// Server-sent event clients for the bench: N connections to one stream URL, each noting when every
// event arrived, so a writer can ask "when did all N hear about my write?".
import http from "node:http";
import { performance } from "node:perf_hooks";

export type SseClient = { arrivals: { at: number; event: string; data: string }[] };

function parseInto(client: SseClient, chunk: string, carry: { text: string }) {
  carry.text += chunk;
  let cut: number;
  while ((cut = carry.text.indexOf("\n\n")) >= 0) {
    const lines = carry.text.slice(0, cut).split("\n");
    carry.text = carry.text.slice(cut + 2);
    const data = lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim());
    if (!data.length) continue; // a comment (heartbeat) or a retry hint
    const event =
      lines
        .find((l) => l.startsWith("event:"))
        ?.slice(6)
        .trim() ?? "message";
    client.arrivals.push({ at: performance.now(), event, data: data.join("\n") });
  }
}

/** Opens `count` streams on `url` (each waits for its 200 before the next opens); `headers` per client. */
export async function connectSseClients(
  url: string,
  count: number,
  headers: (i: number) => Record<string, string> = () => ({}),
) {
  const clients: SseClient[] = [];
  const requests: http.ClientRequest[] = [];
  for (let i = 0; i < count; i++) {
    const client: SseClient = { arrivals: [] };
    await new Promise<void>((resolve, reject) => {
      const req = http.get(
        url,
        { headers: { accept: "text/event-stream", ...headers(i) }, agent: false },
        (res) => {
          if (res.statusCode !== 200) {
            reject(new Error(`${url} answered ${res.statusCode}`));
            res.resume();
            return;
          }
          const carry = { text: "" };
          res.setEncoding("utf8").on("data", (chunk: string) => parseInto(client, chunk, carry));
          resolve();
        },
      );
      req.on("error", reject);
      requests.push(req);
    });
    clients.push(client);
  }
  return {
    clients,
    /**
     * Waits until every client heard an event matching `match` after `since` (performance.now()), at
     * most `timeoutMs`; returns each client's delay from `since` (null: not heard in time).
     */
    async heardAfter(
      since: number,
      match: (data: string) => boolean,
      timeoutMs: number,
    ): Promise<(number | null)[]> {
      const first = (c: SseClient) => c.arrivals.find((a) => a.at >= since && match(a.data));
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline && !clients.every(first))
        await new Promise((r) => setTimeout(r, 5));
      return clients.map((c) => {
        const hit = first(c);
        return hit ? hit.at - since : null;
      });
    },
    close() {
      for (const req of requests) req.destroy();
    },
  };
}
