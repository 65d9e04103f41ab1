// Is this error the database being away (down, restarting, unreachable, out of connections) rather than
// something about the request? Such a write changed nothing and is answered 503 with Retry-After, as
// /api/health already answers while the database is down. The error comes in several wrappings: pg's
// own (a socket code, a PostgreSQL SQLSTATE, "Connection terminated"), AggregateError for every address
// tried, Prisma's driver-adapter kinds and its P1xxx codes; each is unwrapped through cause/errors/meta.
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
// 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up, shutting down,
// recovery), 53300 too many connections, class 08 connection exceptions.
const SQLSTATES = /^(57P0[123]|53300|08\d{3})$/;
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const MESSAGES =
  /Connection terminated|connect ECONNREFUSED|Can't reach database server|terminating connection due to|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Client has encountered a connection error|Connection closed|server closed the connection unexpectedly/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as Record<string, unknown>;
  const code = typeof e.code === "string" ? e.code : typeof e.originalCode === "string" ? e.originalCode : "";
  if (SOCKET_CODES.has(code) || SQLSTATES.test(code) || PRISMA_CODES.has(code)) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  const nested: unknown[] = [
    e.cause,
    (e.meta as Record<string, unknown> | undefined)?.driverAdapterError,
    ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : []),
  ];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
