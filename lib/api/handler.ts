// The one handler wrapper: authenticate, authorize, parse, run, map errors to problem+json.
import "server-only";
import { stringify } from "csv-stringify/sync";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { RouteDef } from "@/lib/api/define-route";
import {
  MAX_IDEMPOTENCY_KEY_LENGTH,
  findIdempotentOutcome,
  replayOf,
  requestFingerprint,
  runWithIdempotencyKey,
  settleUnboundKey,
  type IdempotencyScope,
} from "@/lib/api/idempotency";
import { findUnknownFields, findUnstorableText } from "@/lib/api/input-guards";
import type { Page } from "@/lib/api/pagination";
import { internalProblem, problemResponse } from "@/lib/api/problem";
import { isAllowedOrigin } from "@/lib/api/origin";
import { DEFAULT_MAX_BODY_BYTES, parseJsonBody, readBodyText } from "@/lib/api/read-body";
import { can } from "@/lib/auth/permissions";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { principalFromRequest, type Principal } from "@/lib/auth/principal";
import { beginRequest } from "@/lib/jobs/request-pressure";
import { observeRequest } from "@/lib/metrics/prometheus";
import { recordSelfSample } from "@/lib/performance/self-measure";
import { AppError, type FieldError } from "@/lib/errors";
import { log } from "@/lib/log";

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export type HandlerContext<D extends RouteDef> = {
  req: NextRequest;
  principal: D["permission"] extends null ? Principal | null : Principal;
  params: Infer<D["params"]>;
  query: Infer<D["query"]>;
  body: Infer<D["body"]>;
};

const REPLY = Symbol("reply");

/** A response body with a status or headers other than the route's defaults: `return reply(body, { status: 503 })`. */
export type Reply<T> = { readonly [REPLY]: true; body: T; status?: number; headers?: Record<string, string> };

/** Answers `body` with another status or extra headers than the route definition's. */
export function reply<T>(
  body: T,
  init: { status?: number; headers?: Record<string, string> } = {},
): Reply<T> {
  return { [REPLY]: true, body, ...init };
}

/** What a route's body may be: the input of its response schema (so a wrong shape fails to compile). */
export type ResponseBody<D extends RouteDef> = D["response"] extends z.ZodType
  ? z.input<D["response"]>
  : unknown;

/** What a handler returns: the body, a `reply(body, …)`, or a ready Response (a stream, a shared answer). */
export type HandlerResult<D extends RouteDef> = ResponseBody<D> | Reply<ResponseBody<D>> | Response;

function isReply(result: unknown): result is Reply<unknown> {
  return typeof result === "object" && result !== null && REPLY in result;
}
type RouteContext = { params: Promise<Record<string, string | string[]>> };

const CSV_MAX_ROWS = 100_000;

function fieldErrors(error: z.ZodError, prefix = ""): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    message: issue.message,
  }));
}

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

// Text PostgreSQL cannot store (NUL, lone surrogates, in values or keys) is a 422 naming the field, never
// a database error; so is a field the API does not know in a write (zod would drop it silently).
function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: string,
  options: { strict?: boolean } = {},
): z.infer<S> {
  const prefix = (path: string) => (where === "body" ? path : `${where}.${path}`);
  const bad = findUnstorableText(input);
  if (bad !== null) {
    throw new AppError("UNPROCESSABLE", `The ${where} contains text that cannot be stored`, {
      errors: [{ path: prefix(bad.path), message: bad.message }],
    });
  }
  const parsed = schema.safeParse(input);
  const unknown = options.strict
    ? findUnknownFields(schema, input).map((e) => ({ path: prefix(e.path), message: e.message }))
    : [];
  if (!parsed.success || unknown.length) {
    const errors = [
      ...unknown,
      ...(parsed.success ? [] : fieldErrors(parsed.error, where === "body" ? "" : where)),
    ];
    const detail = unknown.length
      ? unknown.map((e) => e.message).join("; ")
      : `The ${where} has invalid fields`;
    throw new AppError("UNPROCESSABLE", detail, { errors });
  }
  return parsed.data;
}

async function readJsonBody(req: NextRequest, def: RouteDef): Promise<unknown> {
  return parseJsonBody(await readBodyText(req, def.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
}

// Path parameters as Next decoded them; a segment it could not decode is the client's malformed URL.
async function readParams(routeContext: RouteContext): Promise<Record<string, string | string[]>> {
  try {
    return await routeContext.params;
  } catch {
    throw new AppError("BAD_REQUEST", "The URL path is not valid (malformed percent-encoding)");
  }
}

function toProblem(error: unknown, req: NextRequest): Response {
  if (error instanceof AppError) return problemResponse(error);
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002")
      return problemResponse(new AppError("CONFLICT", "A record with the same unique value already exists"));
    if (error.code === "P2025") return problemResponse(new AppError("NOT_FOUND", "The record was not found"));
    // Lock waits or a transaction timeout under heavy write load: safe to retry, nothing was written.
    if (error.code === "P2028" || error.code === "P2034") {
      log.warn("write contention", { method: req.method, path: req.nextUrl.pathname, code: error.code });
      return problemResponse(
        new AppError("UNAVAILABLE", "The portal is busy; nothing was changed. Retry in a moment.", {
          headers: { "retry-after": "2" },
        }),
      );
    }
  }
  if (isDatabaseUnavailable(error)) {
    log.warn("database unavailable", { method: req.method, path: req.nextUrl.pathname, error });
    return problemResponse(
      new AppError(
        "UNAVAILABLE",
        "The database is unavailable; retry in a moment. A create retried with the same Idempotency-Key is never made twice.",
        { headers: { "retry-after": "5" } },
      ),
    );
  }
  log.error("unhandled error in API route", {
    method: req.method,
    path: req.nextUrl.pathname,
    error,
    stack: (error as Error)?.stack,
  });
  return internalProblem();
}

// A create sent with an Idempotency-Key (lib/api/idempotency.ts): a retry replays the first response.
async function runKeyed<D extends RouteDef>(
  def: D,
  ctx: HandlerContext<D>,
  run: (ctx: HandlerContext<D>) => Promise<HandlerResult<D>>,
  userId: string,
  key: string,
) {
  if (key.length < 1 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new AppError(
      "BAD_REQUEST",
      `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    );
  }
  const requestHash = requestFingerprint(ctx.req.method, ctx.req.nextUrl.pathname, ctx.body);
  const replay = (outcome: NonNullable<Awaited<ReturnType<typeof findIdempotentOutcome>>>) => {
    const first = replayOf(outcome, requestHash);
    const body =
      def.response && first.body !== null
        ? def.response.safeParse(first.body)
        : { success: true as const, data: first.body };
    if (!body.success)
      throw new AppError(
        "CONFLICT",
        "A request with this Idempotency-Key was already carried out; look it up instead of retrying",
      );
    return json(first.status, body.data, { "idempotent-replayed": "true" });
  };
  const earlier = await findIdempotentOutcome(userId, key);
  if (earlier) return replay(earlier);
  const scope: IdempotencyScope = { userId, key, requestHash, status: def.status ?? 200, bound: false };
  let result: HandlerResult<D>;
  try {
    result = await runWithIdempotencyKey(scope, () => run(ctx));
  } catch (error) {
    // A duplicate that raced the first request fails on the key once the first commits: replay it.
    const first = scope.bound ? await findIdempotentOutcome(userId, key).catch(() => null) : null;
    if (first) return replay(first);
    throw error;
  }
  if (result instanceof Response) return result;
  const out = normalize(def, result);
  if (!scope.bound) {
    log.warn("keyed write appended no audit record; its key is recorded after the write", { path: def.path });
    await settleUnboundKey(scope, { status: out.status, body: out.body }).catch((error: unknown) =>
      log.error("could not record an Idempotency-Key", { path: def.path, error }),
    );
  }
  return json(out.status, out.body, out.headers);
}

export function wantsCsv(req: NextRequest): boolean {
  return (
    req.nextUrl.searchParams.get("format") === "csv" || (req.headers.get("accept") ?? "").includes("text/csv")
  );
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (status === 204) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...headers },
  });
}

function normalize(
  def: RouteDef,
  result: unknown,
): { status: number; body: unknown; headers: Record<string, string> } {
  const shaped = isReply(result) ? result : { body: result, status: undefined, headers: undefined };
  // The response schema strips anything not in the contract, so no column leaks by accident.
  const body = def.response && shaped.body !== undefined ? def.response.parse(shaped.body) : shaped.body;
  return { status: shaped.status ?? def.status ?? 200, body, headers: shaped.headers ?? {} };
}

/**
 * The one route handler wrapper: authenticates (cookie or bearer token), authorizes `def.permission`
 * from the permission table, checks the Origin of cookie writes, validates path, query and body with the
 * route's zod schemas (unknown fields, size, depth: 4xx), runs `run`, shapes the answer with the
 * response schema, honours Idempotency-Key on idempotent creates, exports CSV for `def.csv` lists, and
 * maps every error to application/problem+json. Return the body, `reply(body, { status, headers })`,
 * or a ready Response.
 */
export function handle<const D extends RouteDef>(
  def: D,
  run: (ctx: HandlerContext<D>) => Promise<HandlerResult<D>>,
) {
  const serve = async (req: NextRequest, routeContext: RouteContext): Promise<Response> => {
    try {
      const principal = def.integrationSecret ? null : await principalFromRequest(req);
      if (def.permission !== null) {
        if (!principal) {
          throw new AppError(
            "UNAUTHENTICATED",
            "Sign in, or send a personal API token as 'Authorization: Bearer <token>'",
            {
              headers: { "www-authenticate": 'Bearer realm="neuron-ops"' },
            },
          );
        }
        if (!can(principal.roles, def.permission))
          throw new AppError("FORBIDDEN", "Your roles do not allow this action");
      }
      if (
        principal?.via === "session" &&
        req.method !== "GET" &&
        req.method !== "HEAD" &&
        !isAllowedOrigin(req)
      ) {
        throw new AppError(
          "FORBIDDEN",
          "Cross-origin request refused: the Origin header does not match this portal",
        );
      }
      const rawParams = await readParams(routeContext);
      const params = def.params ? parseOrThrow(def.params, rawParams, "path") : undefined;
      const searchParams = Object.fromEntries(
        [...req.nextUrl.searchParams.entries()].filter(([k]) => k !== "format"),
      );
      const csv = def.csv && req.method === "GET" && wantsCsv(req);
      const query = def.query
        ? parseOrThrow(
            def.query,
            csv ? { ...searchParams, limit: "200", cursor: undefined } : searchParams,
            "query",
          )
        : undefined;
      const body = def.body
        ? parseOrThrow(def.body, await readJsonBody(req, def), "body", {
            strict: WRITE_METHODS.has(req.method),
          })
        : undefined;
      const ctx = { req, principal, params, query, body } as HandlerContext<D>;

      if (csv && def.csv) return await exportCsv(def, ctx, run);

      const idempotencyKey = def.idempotent ? req.headers.get("idempotency-key") : null;
      if (idempotencyKey !== null && principal)
        return await runKeyed(def, ctx, run, principal.id, idempotencyKey);

      const result = await run(ctx);
      if (result instanceof Response) return result;
      const out = normalize(def, result);
      return json(out.status, out.body, out.headers);
    } catch (error) {
      return toProblem(error, req);
    }
  };
  // Every API call is timed and counted by route template (bounded labels) for /api/metrics.
  return async (req: NextRequest, routeContext: RouteContext): Promise<Response> => {
    const started = performance.now();
    const done = beginRequest(); // background deliveries step aside meanwhile (lib/jobs/request-pressure.ts)
    const response = await serve(req, routeContext).finally(done);
    observeRequest(req.method, def.path, response.status, (performance.now() - started) / 1000);
    recordSelfSample("api_latency_ms", performance.now() - started);
    return response;
  };
}

async function exportCsv<D extends RouteDef>(
  def: D,
  ctx: HandlerContext<D>,
  run: (ctx: HandlerContext<D>) => Promise<HandlerResult<D>>,
) {
  const columns = def.csv!.columns;
  const rows: unknown[][] = [];
  let cursor: string | undefined;
  let truncated = false;
  for (;;) {
    const page = (await run({
      ...ctx,
      query: { ...(ctx.query as object), cursor } as HandlerContext<D>["query"],
    })) as Page<Record<string, unknown>>;
    for (const item of page.items) rows.push(columns.map((c) => c.value(item)));
    if (!page.nextCursor) break;
    if (rows.length >= CSV_MAX_ROWS) {
      truncated = true;
      break;
    }
    cursor = page.nextCursor;
  }
  const text = stringify([columns.map((c) => c.header), ...rows], {
    escape_formulas: true, // a cell starting with = + - @ is not run as a formula by a spreadsheet
    cast: {
      date: (d) => d.toISOString(),
      boolean: (b) => (b ? "true" : "false"),
      object: (o) => JSON.stringify(o),
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(text, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${def.csv!.filename}-${stamp}.csv"`,
      "cache-control": "no-store",
      ...(truncated ? { "x-truncated": `true; first ${CSV_MAX_ROWS} rows` } : {}),
    },
  });
}
