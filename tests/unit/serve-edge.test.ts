// The portal server's edge (scripts/lib/serve-edge.ts) on a bare node:http server, with a stand-in for
// Next that records what reached it.
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
} from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { attachEdge, closeGracefully, isMalformedPath, type EdgeOptions } from "@/scripts/lib/serve-edge";

type Seen = { url: string; headers: IncomingHttpHeaders; bodyBytes: number };
type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

let server: Server | undefined;
afterEach(async () => {
  const open = server;
  server = undefined;
  if (!open) return;
  open.closeAllConnections();
  await new Promise((resolve) => open.close(resolve));
});

// The stand-in reads the whole body, then answers 200 with what it saw.
async function start(options: Partial<EdgeOptions> = {}): Promise<{ port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const edge = createServer();
  server = edge;
  attachEdge(
    edge,
    async (req, res) => {
      let bodyBytes = 0;
      for await (const chunk of req) bodyBytes += (chunk as Buffer).length;
      seen.push({ url: req.url ?? "", headers: req.headers, bodyBytes });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true }));
    },
    { trustProxy: false, ...options },
  );
  await new Promise<void>((resolve) => edge.listen(0, "127.0.0.1", resolve));
  const address = edge.address() as AddressInfo;
  return { port: address.port, seen };
}

function send(
  port: number,
  path: string,
  init: { method?: string; headers?: Record<string, string | number>; body?: Buffer | Buffer[] } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, method: init.method ?? "GET", headers: init.headers },
      (res: IncomingMessage) => {
        let body = "";
        res.setEncoding("utf8").on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    for (const chunk of [init.body ?? []].flat()) req.write(chunk);
    req.end();
  });
}

function sendRaw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    let answer = "";
    socket.setEncoding("utf8").on("data", (c: string) => (answer += c));
    socket.on("end", () => resolve(answer)).on("error", reject);
  });
}

const problem = (answer: Answer) => ({
  status: answer.status,
  type: answer.headers["content-type"],
  body: JSON.parse(answer.body) as { status: number; title: string },
});

describe("malformed percent-encoding in a path", () => {
  it.each(["/api/incidents/%E0%A4%A", "/api/vendors/%ff%fe", "/api/incidents/%", "/api/x%zz?q=1"])(
    "%s is a 400 problem+json and never reaches Next",
    async (path) => {
      const { port, seen } = await start();
      expect(problem(await send(port, path))).toMatchObject({
        status: 400,
        type: "application/problem+json",
        body: { status: 400, title: "Malformed request" },
      });
      expect(seen).toEqual([]);
    },
  );

  it("on a page is a readable 400 page", async () => {
    const { port } = await start();
    const answer = await send(port, "/incidents/%ff");
    expect([answer.status, answer.headers["content-type"]]).toEqual([400, "text/html; charset=utf-8"]);
    expect(answer.body).toContain("Malformed request");
  });

  it("leaves well-formed encodings (and a malformed query, which Next tolerates) alone", async () => {
    const { port, seen } = await start();
    expect((await send(port, "/api/incidents/INC%2D2026%2D1?q=%ff")).status).toBe(200);
    expect(seen.map((s) => s.url)).toEqual(["/api/incidents/INC%2D2026%2D1?q=%ff"]);
    expect(isMalformedPath("http://host:3000/api/%E0%A4%A?x")).toBe(true);
    expect(isMalformedPath("*")).toBe(false);
  });
});

describe("requests node's HTTP parser refuses", () => {
  it("headers over the limit are a 431 problem+json, not an empty answer", async () => {
    const { port, seen } = await start();
    const answer = await send(port, "/api/health", { headers: { "x-padding": "a".repeat(20_000) } });
    expect(problem(answer)).toMatchObject({
      status: 431,
      type: "application/problem+json",
      body: { status: 431, title: "Request headers too large" },
    });
    expect(seen).toEqual([]);
  });

  it("a request line that does not parse is a 400 problem+json", async () => {
    const { port } = await start();
    const answer = await sendRaw(port, "GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain("content-type: application/problem+json");
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toMatchObject({ status: 400 });
  });
});

describe("the body ceiling", () => {
  const ceiling = 64 * 1024;

  it("refuses a declared length over it with 413 problem+json before Next reads a byte", async () => {
    const { port, seen } = await start({ bodyCeilingBytes: ceiling });
    const body = Buffer.alloc(4 * ceiling, "a");
    const answer = await send(port, "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-length": body.length },
      body,
    });
    expect(problem(answer)).toMatchObject({
      status: 413,
      type: "application/problem+json",
      body: { status: 413 },
    });
    expect(seen).toEqual([]);
  });

  it("stops a chunked body at it: 413, and Next never gets more than the ceiling", async () => {
    const { port, seen } = await start({ bodyCeilingBytes: ceiling });
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(8 * 1024, "b"));
    const answer = await send(port, "/api/incidents", {
      method: "POST",
      headers: { "transfer-encoding": "chunked" },
      body: chunks,
    });
    expect(problem(answer)).toMatchObject({ status: 413, type: "application/problem+json" });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.bodyBytes).toBeLessThanOrEqual(ceiling);
  });

  it("passes a body at the ceiling through whole", async () => {
    const { port, seen } = await start({ bodyCeilingBytes: ceiling });
    const body = Buffer.alloc(ceiling, "c");
    expect(
      (
        await send(port, "/api/incidents", {
          method: "POST",
          headers: { "content-length": body.length },
          body,
        })
      ).status,
    ).toBe(200);
    expect(seen[0]!.bodyBytes).toBe(ceiling);
  });

  it("answers 413 to Expect: 100-continue without asking for the body", async () => {
    const { port } = await start({ bodyCeilingBytes: ceiling });
    const answer = await sendRaw(
      port,
      `POST /api/incidents HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: ${ceiling + 1}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).not.toContain("100 Continue");
  });
});

describe("the client address Next sees", () => {
  const forged = {
    "x-forwarded-for": "6.6.6.6",
    "x-real-ip": "7.7.7.7",
    forwarded: "for=8.8.8.8",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
  };

  it("without a trusted proxy is the socket's; the client's proxy headers are dropped", async () => {
    const { port, seen } = await start({ trustProxy: false });
    await send(port, "/api/health", { headers: forged });
    expect(seen[0]!.headers).toMatchObject({ "x-forwarded-for": "127.0.0.1" });
    for (const name of ["x-real-ip", "forwarded", "x-forwarded-host", "x-forwarded-proto"])
      expect(seen[0]!.headers[name]).toBeUndefined();
  });

  it("behind a trusted proxy has the socket's address appended to what the proxy sent", async () => {
    const { port, seen } = await start({ trustProxy: true });
    await send(port, "/api/health", {
      headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.7", "x-forwarded-proto": "https" },
    });
    expect(seen[0]!.headers).toMatchObject({
      "x-forwarded-for": "6.6.6.6, 203.0.113.7, 127.0.0.1",
      "x-forwarded-proto": "https",
    });
  });
});

describe("stopping", () => {
  it("finishes a request in flight, refuses new connections, and cuts what outlasts the grace period", async () => {
    const slow = createServer((_req, res) => void setTimeout(() => res.end("done"), 300));
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const { port } = slow.address() as AddressInfo;
    const inFlight = send(port, "/slow");
    await new Promise((r) => setTimeout(r, 50));
    const stopped = closeGracefully(slow, 5_000);
    await expect(send(port, "/late")).rejects.toThrow(/ECONNREFUSED/);
    expect(await inFlight).toMatchObject({ status: 200, body: "done" });
    await stopped;

    const stuck = createServer(() => undefined);
    await new Promise<void>((resolve) => stuck.listen(0, "127.0.0.1", resolve));
    const hanging = send((stuck.address() as AddressInfo).port, "/never").catch(
      (error: Error) => error.message,
    );
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await closeGracefully(stuck, 200);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await hanging).toMatch(/socket hang up|ECONNRESET/);
  });
});
