// What the portal's HTTP server (scripts/serve.ts) does before Next sees a request: it sets the client
// address from the socket, answers malformed paths, oversized bodies and the requests node's HTTP parser
// refuses itself (431, 400) as problem+json, so nothing a client sends reaches Next unbounded or ends in
// an empty or plain-text error. Kept apart from Next so tests/unit/serve-edge.test.ts runs it on a bare
// node:http server.
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { edgeForwardedFor } from "../../lib/auth/forwarded-for";

/** Largest request body any route may receive; routes set lower limits of their own (413 from the handler wrapper). */
export const BODY_CEILING_BYTES = 16 * 1024 * 1024;
// After refusing a body, keep reading (and discarding) it this long so the client reads the 413 rather
// than a connection reset, then close.
const LINGER_MS = 5_000;
// Headers a client could use to pose as someone else or to steer redirects; only a trusted proxy may set them.
const PROXY_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];
const SECURITY_HEADERS: OutgoingHttpHeaders = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};
const TITLES: Record<number, [slug: string, title: string]> = {
  400: ["bad-request", "Malformed request"],
  408: ["request-timeout", "Request timeout"],
  413: ["payload-too-large", "Request body too large"],
  431: ["request-header-fields-too-large", "Request headers too large"],
  500: ["internal", "Internal error"],
};
const REASONS: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
};

export type EdgeLog = (
  level: "info" | "warn" | "error",
  message: string,
  fields?: Record<string, unknown>,
) => void;
export type EdgeOptions = { trustProxy: boolean; bodyCeilingBytes?: number; log?: EdgeLog };
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

// Worded as the handler wrapper's per-route 413 (lib/api/read-body.ts), so clients see one message.
const tooLargeDetail = (ceiling: number) =>
  `The request body is larger than the server accepts (${ceiling / (1024 * 1024)} MiB, ${ceiling} bytes)`;

/** The problem+json body (RFC 9457) for an error the server answers itself. */
export function edgeProblem(status: number, detail: string): string {
  const [slug, title] = TITLES[status] ?? ["bad-request", "Malformed request"];
  return JSON.stringify({ type: `https://neuron-ops.dev/problems/${slug}`, title, status, detail });
}

/** The path part of a request target (origin form or absolute form), still percent-encoded. */
export function requestPath(url: string | undefined): string {
  return (url ?? "/").replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "").split(/[?#]/, 1)[0] || "/";
}

/** Whether a path holds percent-encoding that does not decode (truncated, or not UTF-8): Next answers those with a plain-text 500. */
export function isMalformedPath(url: string | undefined): boolean {
  try {
    decodeURIComponent(requestPath(url));
    return false;
  } catch {
    return true;
  }
}

function errorDocument(status: number, path: string, detail: string): { type: string; body: string } {
  if (path === "/api" || path.startsWith("/api/"))
    return { type: "application/problem+json", body: edgeProblem(status, detail) };
  const title = TITLES[status]?.[1] ?? "Malformed request";
  return {
    type: "text/html; charset=utf-8",
    body: `<!doctype html><title>${title}</title><h1>${title}</h1><p>${detail}</p><p><a href="/">Neuron Ops</a></p>`,
  };
}

function writeError(
  res: ServerResponse,
  status: number,
  path: string,
  detail: string,
  extra: OutgoingHttpHeaders = {},
) {
  const { type, body } = errorDocument(status, path, detail);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    ...extra,
  });
  res.write(body);
}

/** Rewrites the proxy headers as lib/auth/client-ip.ts expects them (see lib/auth/forwarded-for.ts). */
export function rewriteProxyHeaders(req: IncomingMessage, trustProxy: boolean) {
  const forwardedFor = edgeForwardedFor(req.headers["x-forwarded-for"], req.socket.remoteAddress, {
    trustProxy,
  });
  if (!trustProxy) for (const name of PROXY_HEADERS) delete req.headers[name];
  req.headers["x-forwarded-for"] = forwardedFor;
}

// Answers 413 and reads the rest of the body into nothing for a while, so the client sees the answer.
function refuseBody(req: IncomingMessage, res: ServerResponse, end: () => void, ceiling: number) {
  if (!res.headersSent)
    writeError(res, 413, requestPath(req.url), tooLargeDetail(ceiling), {
      connection: "close",
    });
  const timer = setTimeout(() => {
    end();
    req.socket.destroy();
  }, LINGER_MS);
  timer.unref();
  return () => {
    clearTimeout(timer);
    end();
  };
}

// Once the edge has answered, whatever Next writes later for the same request goes nowhere.
function sealResponse(res: ServerResponse): () => void {
  const end = res.end.bind(res);
  Object.assign(res, {
    setHeader: () => res,
    appendHeader: () => res,
    removeHeader: () => undefined,
    writeHead: () => res,
    flushHeaders: () => undefined,
    write: () => true,
    end: () => res,
  });
  return () => void end();
}

// Counts body bytes as node's parser hands them to the request stream; past the ceiling the rest is
// dropped and the client gets 413 (chunked bodies carry no length to refuse up front).
function boundStreamedBody(req: IncomingMessage, res: ServerResponse, ceiling: number, log?: EdgeLog) {
  const push = req.push.bind(req);
  let received = 0;
  let finish: (() => void) | undefined;
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === null) {
      finish?.();
      return push(null);
    }
    if (finish) return true;
    received += (chunk as Buffer).length;
    if (received <= ceiling) return push(chunk, encoding);
    log?.("warn", "request body over the ceiling refused", {
      method: req.method,
      path: requestPath(req.url),
      received,
    });
    const wasAnswered = res.headersSent;
    // Write the 413 first, then seal, so the refusal itself still goes out.
    let end: () => void = () => void res.end();
    finish = refuseBody(req, res, () => end(), ceiling);
    end = sealResponse(res);
    if (wasAnswered) finish();
    return true;
  };
}

/** Wraps Next's request handler with the edge checks; errors a client caused never reach Next. */
export function createEdgeHandler(next: RequestHandler, options: EdgeOptions): RequestHandler {
  const ceiling = options.bodyCeilingBytes ?? BODY_CEILING_BYTES;
  return (req, res) => {
    const path = requestPath(req.url);
    if (isMalformedPath(req.url)) {
      options.log?.("info", "malformed percent-encoding in path refused", {
        method: req.method,
        path: path.slice(0, 200),
      });
      writeError(res, 400, path, "The path contains malformed percent-encoding.");
      res.end();
      return;
    }
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > ceiling) {
      options.log?.("warn", "request body over the ceiling refused", {
        method: req.method,
        path: path.slice(0, 200),
        contentLength: length,
      });
      const finish = refuseBody(req, res, () => void res.end(), ceiling);
      req.on("end", finish).on("close", finish).resume();
      return;
    }
    rewriteProxyHeaders(req, options.trustProxy);
    boundStreamedBody(req, res, ceiling, options.log);
    return next(req, res);
  };
}

/** Refuses an over-long body announced with `Expect: 100-continue` before the client sends it. */
export function createContinueHandler(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  options: EdgeOptions,
) {
  const ceiling = options.bodyCeilingBytes ?? BODY_CEILING_BYTES;
  return (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers["content-length"] ?? 0) <= ceiling) {
      res.writeContinue();
      handler(req, res);
      return;
    }
    // The client waits for 100 before sending the body: answer and close, nothing to drain.
    writeError(res, 413, requestPath(req.url), tooLargeDetail(ceiling), {
      connection: "close",
    });
    res.end();
  };
}

/** Answers what node's HTTP parser refuses itself (headers too large, malformed request) as problem+json, not an empty body. */
export function handleClientError(error: Error & { code?: string }, socket: Duplex, log?: EdgeLog) {
  // As node's own handler: no answer on a dead socket, or while a response to an earlier request on it is being written.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const status =
    error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const details: Record<number, string> = {
    400: "The server could not parse the request.",
    408: "The request was not received in time.",
    431: "The request headers are larger than the server accepts.",
  };
  const body = edgeProblem(status, details[status]!);
  log?.("info", "request refused by the HTTP parser", { status, code: error.code });
  const reason = REASONS[status]!;
  const headers = Object.entries({
    ...SECURITY_HEADERS,
    "content-type": "application/problem+json",
    "content-length": Buffer.byteLength(body),
    connection: "close",
  })
    .map(([name, value]) => `${name}: ${String(value)}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers}\r\n${body}`);
}

/** Puts the edge in front of a request handler on a node:http server. */
export function attachEdge(server: Server, handler: RequestHandler, options: EdgeOptions) {
  const edge = createEdgeHandler(handler, options);
  const run = (req: IncomingMessage, res: ServerResponse) => {
    const fail = (error: unknown) => {
      options.log?.("error", "request failed outside the application", { error: String(error) });
      if (!res.headersSent)
        writeError(res, 500, requestPath(req.url), "Something went wrong on our side; it has been logged.");
      res.end();
    };
    // Synchronously: the body counter must be in place before node's parser hands over the first chunk.
    try {
      Promise.resolve(edge(req, res)).catch(fail);
    } catch (error) {
      fail(error);
    }
  };
  server.on("request", run);
  server.on("checkContinue", createContinueHandler(run, options));
  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) =>
    handleClientError(error, socket, options.log),
  );
}

/**
 * Stops taking connections, lets the requests in flight finish (keep-alive connections close as their
 * last response ends), and after `graceMs` cuts whatever is still open. Resolves when all are closed.
 */
export async function closeGracefully(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const force = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearInterval(idle);
  clearTimeout(force);
}
