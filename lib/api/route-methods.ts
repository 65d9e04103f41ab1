// What an /api route file answers for the methods it does not serve, and what /api answers for paths
// no route serves: problem+json, never Next's empty 405 or HTML 404. Every route file ends with
//   export const { PUT, DELETE, … } = otherMethods(apiRoutes.x, apiRoutes.y);
// naming the methods it does not export itself (the compiler refuses a name exported twice, and
// tests/integration/bad-input.test.ts checks every route file exports all of them).
import type { HttpMethod } from "@/lib/api/define-route";
import { PROBLEM_CONTENT_TYPE, problemResponse } from "@/lib/api/problem";
import { AppError } from "@/lib/errors";

export const ROUTE_FILE_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type RouteFileMethod = (typeof ROUTE_FILE_METHODS)[number];
type Handler = (req: Request) => Response;

/** The `Allow` header of a route file serving `served` (HEAD comes with GET; OPTIONS always). */
export function allowHeader(served: readonly HttpMethod[]): string {
  const allow = new Set<string>([...served, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return [...allow].sort().join(", ");
}

/**
 * Handlers for every method: 405 problem+json with `Allow` for those the file does not serve, and
 * OPTIONS answering 204 with `Allow`. Pass the route table entries (or methods) the file serves.
 */
export function otherMethods(
  ...served: ReadonlyArray<HttpMethod | { method: HttpMethod }>
): Record<RouteFileMethod, Handler> {
  const methods = served.map((s) => (typeof s === "string" ? s : s.method));
  const allow = allowHeader(methods);
  const notAllowed: Handler = (req) =>
    problemResponse(
      new AppError("METHOD_NOT_ALLOWED", `${req.method} is not served here; this path serves ${allow}`, {
        headers: { allow },
      }),
    );
  const options: Handler = () => new Response(null, { status: 204, headers: { allow } });
  return {
    GET: notAllowed,
    HEAD: notAllowed,
    POST: notAllowed,
    PUT: notAllowed,
    PATCH: notAllowed,
    DELETE: notAllowed,
    OPTIONS: options,
  };
}

/** Handlers for every method answering 404 problem+json: the catch-all under /api. */
export function unknownApiPath(): Record<RouteFileMethod, Handler> {
  const notFound: Handler = (req) =>
    problemResponse(
      new AppError(
        "NOT_FOUND",
        `No API route at ${new URL(req.url).pathname}; see /api/openapi.json for the routes`,
      ),
    );
  return {
    GET: notFound,
    HEAD: notFound,
    POST: notFound,
    PUT: notFound,
    PATCH: notFound,
    DELETE: notFound,
    OPTIONS: notFound,
  };
}

/**
 * A response from code the portal does not own (next-auth answers an unknown action with plain text):
 * an error that is not JSON becomes problem+json with the same status; anything else passes unchanged.
 */
export async function problemUnlessJson(response: Response): Promise<Response> {
  const type = response.headers.get("content-type") ?? "";
  if (response.status < 400 || type.includes("json")) return response;
  await response.body?.cancel().catch(() => undefined);
  const detail =
    response.status === 400
      ? "This sign-in endpoint does not support that action"
      : "The sign-in service could not answer";
  const titles: Record<number, string> = {
    400: "Malformed request",
    401: "Not signed in",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
  };
  const body = {
    type: "about:blank",
    title: titles[response.status] ?? (response.status >= 500 ? "Internal error" : "Error"),
    status: response.status,
    detail,
  };
  return new Response(JSON.stringify(body), {
    status: response.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store" },
  });
}
