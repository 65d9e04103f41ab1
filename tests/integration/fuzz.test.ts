// Property-based fuzzing of the whole API, generated from the OpenAPI document: every operation gets
// requests with a valid credential (a user holding every role) and generated path parameters, queries,
// bodies and headers, mostly well-formed with malformed parts mixed in (wrong types, huge and deep
// values, NUL, lone surrogates, unknown fields, bad cursors and dates, broken JSON). Whatever comes in:
// no 5xx, and every error is problem+json whose `status` is the HTTP status.
// FUZZ_RUNS (default 20 per operation) and FUZZ_SEED make a longer or different run:
//   FUZZ_RUNS=500 npx vitest run --project integration tests/integration/fuzz.test.ts
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessRequest } from "@/lib/access/access-requests";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { encodeCursor } from "@/lib/api/pagination";
import { ROLES } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/tokens/token-data";
import { BASE_URL } from "../helpers/api";
import { loadRouteModule, routeFileOf, type RouteHandler } from "../helpers/route-modules";
import { createTestChange, createTestIncident, createTestService, createTestUser } from "../factories";

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
};
type Parameter = { name: string; in: "path" | "query" | "header"; schema: JsonSchema };
type Operation = {
  operationId: string;
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
};
type FuzzRequest = {
  params: Record<string, string>;
  query: [string, string][];
  body?: string;
  headers: Record<string, string>;
};

const UUID = "00000000-0000-4000-8000-000000000000";
const nest = (depth: number): unknown => (depth === 0 ? 1 : [nest(depth - 1)]);

const tally = { requests: 0, serverErrors: 0, notProblem: 0, byStatus: new Map<number, number>() };
const failures: string[] = [];

// ------------------------------------------------------------------ fixtures (demo-like data)
const fixture = {
  token: "",
  adminId: "",
  victimId: "",
  spareTokenId: "",
  service: "",
  incident: "",
  change: "",
  access: "",
  event: "",
  vendor: "",
  fn: "",
  drTest: "",
  freeze: "",
  actionItem: "",
};

beforeAll(async () => {
  const admin = await createTestUser([...ROLES]);
  const principal = { ...admin, via: "token" as const };
  const victim = await createTestUser(["ENGINEER"]);
  const service = await createTestService();
  const incident = await createTestIncident(admin, { affectedServices: [service.slug] });
  const resolved = await createTestIncident(admin);
  await db.incident.update({
    where: { key: resolved.key },
    data: { status: "RESOLVED", resolvedAt: new Date(), acknowledgedAt: new Date(), resolution: "Fixed" },
  });
  const item = await db.postmortemActionItem.create({
    data: {
      incidentId: (await db.incident.findUniqueOrThrow({ where: { key: resolved.key } })).id,
      description: "Add a canary",
      ownerId: admin.id,
      dueDate: new Date("2031-01-31"),
    },
  });
  const change = await createTestChange(admin);
  const access = await createAccessRequest(principal, {
    accessType: "READ",
    resources: ["logs:api"],
    justification: "Reading logs for an incident",
    durationDays: 7,
  });
  const event = await db.securityEvent.create({
    data: { type: "ANOMALY", severity: "CRITICAL", source: "fuzz", summary: "Fuzz event", details: {} },
  });
  const vendor = await db.vendor.create({
    data: {
      name: `Fuzz vendor ${Date.now()}`,
      serviceType: "Email delivery",
      criticality: "IMPORTANT",
      owner: "Platform",
    },
  });
  const fn = await db.businessFunction.create({
    data: { name: `Fuzz function ${Date.now()}`, criticality: "CRITICAL", rtoHours: 4, rpoHours: 1 },
  });
  const drTest = await db.drTest.create({
    data: { functionId: fn.id, type: "PARTIAL_DRILL", status: "PLANNED", plannedFor: new Date() },
  });
  const freeze = await db.changeFreeze.create({
    data: {
      title: "Fuzz freeze",
      startsAt: new Date("2031-01-01T00:00:00Z"),
      endsAt: new Date("2031-01-02T00:00:00Z"),
      environments: [],
      createdById: admin.id,
    },
  });
  const spare = await createApiToken({ id: admin.id, email: admin.email }, { name: "fuzz spare" });
  Object.assign(fixture, {
    token: admin.token,
    adminId: admin.id,
    victimId: victim.id,
    spareTokenId: spare.id,
    service: service.slug,
    incident: incident.key,
    change: change.key,
    access: access.id,
    event: event.id,
    vendor: vendor.id,
    fn: fn.id,
    drTest: drTest.id,
    freeze: freeze.id,
    actionItem: item.id,
  });
});

afterAll(() => {
  const statuses = [...tally.byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(" ");
  console.log(
    `fuzz: ${tally.requests} requests (FUZZ_RUNS=${RUNS}, seed ${SEED}), ${tally.serverErrors} 5xx, ${tally.notProblem} errors not problem+json; ${statuses}`,
  );
});

// ------------------------------------------------------------------ generators
const validParam = (path: string, name: string): string => {
  if (name === "slug") return fixture.service;
  if (name === "key") return path.startsWith("/api/changes") ? fixture.change : fixture.incident;
  const byPrefix: [string, keyof typeof fixture][] = [
    ["/api/tokens", "spareTokenId"],
    ["/api/access-requests", "access"],
    ["/api/security-events", "event"],
    ["/api/vendors", "vendor"],
    ["/api/business-functions", "fn"],
    ["/api/dr-tests", "drTest"],
    ["/api/change-freezes", "freeze"],
    ["/api/action-items", "actionItem"],
    ["/api/admin/users", "victimId"],
  ];
  return fixture[byPrefix.find(([prefix]) => path.startsWith(prefix))?.[1] ?? "adminId"];
};

const LONE = ["\ud800x", "x\udfff", "\udc00"];
const evilString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\0",
    "a\0b",
    ...LONE,
    "-".repeat(36),
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59-14:00",
    "-271821-04-20T00:00:00Z",
    "2026-02-30",
    "%E0%A4%A",
    "%ff%fe",
    "../../etc/passwd",
    "' OR 1=1 --",
    "null",
    "NaN",
    "1e999",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: 1000, max: 300_000 }).map((n) => "x".repeat(n)),
);
const evilValue: fc.Arbitrary<unknown> = fc.oneof(
  evilString,
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    [],
    {},
    [[[]]],
    { "\0": 1 },
    { "a\ud800": 1 },
  ),
  fc.integer({ min: 60, max: 80 }).map((d) => nest(d)),
  fc.jsonValue({ maxDepth: 3 }),
);
const UNKNOWN_FIELDS = [
  "securityCertifications",
  "criticalityLevel",
  "extra",
  "__proto__",
  "constructor",
  "Title",
  "id",
  "version2",
];

// `mutate`: any node may be replaced by an evil value; without it the value follows the schema's types
// (and reaches the domain rules behind the validation).
function fromSchema(
  schema: JsonSchema | undefined,
  name = "",
  depth = 0,
  mutate = true,
): fc.Arbitrary<unknown> {
  if (!mutate) return wellFormed(schema, name, depth, false);
  return fc.oneof(
    { arbitrary: wellFormed(schema, name, depth, true), weight: 12 },
    { arbitrary: evilValue, weight: 1 },
  );
}

function wellFormed(
  schema: JsonSchema | undefined,
  name: string,
  depth: number,
  mutate = false,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => wellFormed(v, name, depth + 1, mutate)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer": {
      if (name === "version") return fc.constantFrom(1, 2, 3);
      const min =
        schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -5);
      return fc.integer({ min: Math.max(min, -1e6), max: Math.min(schema.maximum ?? 1000, 1e9) });
    }
    case "number":
      return fc.double({
        min: Math.max(schema.minimum ?? -10, -1e6),
        max: Math.min(schema.maximum ?? 1e4, 1e9),
        noNaN: true,
      });
    case "array":
      return fc.array(fromSchema(schema.items, name, depth + 1, mutate), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)),
      });
    case "object":
      return objectOf(schema, depth, mutate);
    case "string":
      return stringOf(schema, name);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringOf(schema: JsonSchema, name: string): fc.Arbitrary<string> {
  const hour = 3_600_000;
  if (schema.format === "date-time")
    return fc
      .integer({ min: -24 * 400, max: 24 * 400 })
      .map((h) => new Date(Date.now() + h * hour).toISOString());
  if (schema.format === "date")
    return fc
      .integer({ min: -400, max: 400 })
      .map((d) => new Date(Date.now() + d * 24 * hour).toISOString().slice(0, 10));
  if (schema.format === "uuid")
    return fc.constantFrom(fixture.adminId, fixture.victimId, fixture.vendor, fixture.fn, UUID);
  if (/service/i.test(name)) return fc.constantFrom(fixture.service, "no-such-service");
  if (name === "causedByChange") return fc.constantFrom(fixture.change, "CHG-1999-9999");
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
  return fc.string({ unit: "grapheme", minLength: min, maxLength: max });
}

function objectOf(schema: JsonSchema, depth: number, mutate: boolean): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, s]) => [key, fromSchema(s, key, depth + 1, mutate)]),
  );
  const base = fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
  if (!mutate) return base;
  const extra = fc.option(fc.tuple(fc.constantFrom(...UNKNOWN_FIELDS), evilValue), { freq: 6 });
  return fc
    .tuple(base, extra)
    .map(([obj, more]) => (more ? { ...(obj as object), [more[0]]: more[1] } : obj));
}

const rawBody = fc.constantFrom(
  "{",
  "[",
  "{}}",
  '{"a":}',
  "nul",
  "\u00ef\u00bb\u00bf{}",
  "1e999",
  "null",
  "[]",
  '"text"',
  "[".repeat(20_000) + "]".repeat(20_000),
  '{"a":'.repeat(5000) + "1" + "}".repeat(5000),
  '{"a\\u0000":1}',
  '{"t":"\\ud800x"}',
);

const bodyFor = (op: Operation) => {
  const schema = op.requestBody?.content["application/json"].schema;
  if (!schema) return fc.option(rawBody, { freq: 8 }).map((b) => b ?? undefined);
  return fc.oneof(
    { arbitrary: fromSchema(schema, "", 0, false).map((v) => JSON.stringify(v)), weight: 3 },
    { arbitrary: fromSchema(schema).map((v) => JSON.stringify(v)), weight: 3 },
    { arbitrary: rawBody, weight: 1 },
  );
};

const badCursor = fc.oneof(
  fc.constantFrom(
    encodeCursor({ t: "2026-01-01T00:00:00.000Z", id: "-".repeat(36) }),
    encodeCursor({ t: "-271821-04-20T00:00:00.000Z", id: UUID }),
    encodeCursor({ t: "0000-01-01T00:00:00.000Z", id: UUID }),
    encodeCursor({ t: "2026-01-01T00:00:00.000Z", id: `${UUID.slice(0, 35)}\0` }),
    encodeCursor({ s: "P9", t: "2026-01-01T00:00:00.000Z", id: UUID }),
    encodeCursor("svc\0"),
    encodeCursor("99999999999999999999999"),
    "!!!",
    "",
  ),
  fc.jsonValue({ maxDepth: 3 }).map((v) => encodeCursor(v)),
  fc.string({ maxLength: 400 }),
);

function queryFor(op: Operation): fc.Arbitrary<[string, string][]> {
  const params = op.parameters.filter((p) => p.in === "query");
  const valueFor = (p: Parameter): fc.Arbitrary<string> => {
    const wellFormedValue = wellFormed(p.schema, p.name, 0).map((v) =>
      typeof v === "string" ? v : JSON.stringify(v),
    );
    const special =
      p.name === "cursor"
        ? badCursor
        : p.name === "limit"
          ? fc.constantFrom("-1", "0", "201", "1e9", "1.5", "abc", "99999999999999999999")
          : evilString;
    return fc.oneof(
      { arbitrary: wellFormedValue, weight: 4 },
      { arbitrary: special, weight: 2 },
      { arbitrary: evilString, weight: 1 },
    );
  };
  const entry = params.length
    ? fc.constantFrom(...params).chain((p) => valueFor(p).map((v): [string, string] => [p.name, v]))
    : fc.constant<[string, string]>(["q", "x"]);
  const stray = fc.tuple(
    fc.constantFrom("unknown", "format", "limit", "cursor", "\0", "a\ud800"),
    evilString,
  );
  return fc.array(fc.oneof({ arbitrary: entry, weight: 5 }, { arbitrary: stray, weight: 1 }), {
    maxLength: 5,
  });
}

function paramsFor(path: string, op: Operation): fc.Arbitrary<Record<string, string>> {
  const names = op.parameters.filter((p) => p.in === "path").map((p) => p.name);
  return fc
    .tuple(
      ...names.map((name) =>
        fc.oneof(
          { arbitrary: fc.constant(validParam(path, name)), weight: 4 },
          { arbitrary: evilString, weight: 2 },
        ),
      ),
    )
    .map((values) => Object.fromEntries(names.map((name, i) => [name, String(values[i])])));
}

const headers = fc.record(
  {
    "content-type": fc.constantFrom(
      "application/json",
      "text/plain",
      "application/json; charset=latin1",
      "multipart/form-data; boundary=x",
      "application/x-www-form-urlencoded",
      "",
      "*/*;;;",
    ),
    "idempotency-key": fc.constantFrom(
      "",
      "a",
      "k".repeat(201),
      "k".repeat(5000),
      "key with spaces",
      "\u00e9t\u00e9",
      crypto.randomUUID(),
    ),
    accept: fc.constantFrom("application/json", "text/csv", "*/*", "text/html"),
  },
  { requiredKeys: [] },
);

const requestFor = (path: string, op: Operation): fc.Arbitrary<FuzzRequest> =>
  fc.record({ params: paramsFor(path, op), query: queryFor(op), body: bodyFor(op), headers });

// ------------------------------------------------------------------ the properties
// encodeURIComponent refuses lone surrogates; a client can still send their (invalid) UTF-8 bytes.
const percentEncode = (s: string) =>
  s.replace(/[\s\S]/gu, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return "%ED%A0%80";
    }
  });

async function send(
  handler: RouteHandler,
  method: string,
  path: string,
  r: FuzzRequest,
): Promise<{ status: number; contentType: string | null; json: unknown }> {
  const url = new URL(
    path.replace(/\{(\w+)\}/g, (_m, name: string) => percentEncode(r.params[name] ?? "")),
    BASE_URL,
  );
  for (const [k, v] of r.query) url.searchParams.append(k, v);
  const h = new Headers(r.headers);
  h.set("authorization", `Bearer ${fixture.token}`);
  const hasBody = r.body !== undefined && method !== "GET" && method !== "HEAD";
  const req = new NextRequest(url, { method, headers: h, body: hasBody ? r.body : undefined });
  const res = await handler(req, { params: Promise.resolve(r.params) });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get("content-type"), json };
}

// A handler that throws (instead of answering) is recorded like a 5xx: Next would answer 500.
async function sendCaught(handler: RouteHandler, method: string, path: string, r: FuzzRequest) {
  try {
    return await send(handler, method, path, r);
  } catch (error) {
    return { status: 599, contentType: `thrown: ${String(error).slice(0, 200)}`, json: undefined };
  }
}

// fast-check's own message repeats the (possibly 300 KB) request; the failures list is shorter.
const rethrowUnlessRecorded = (before: number) => (error: unknown) => {
  if (failures.length === before) throw error;
};

function check(
  label: string,
  r: FuzzRequest,
  res: { status: number; contentType: string | null; json: unknown },
) {
  tally.requests++;
  tally.byStatus.set(res.status, (tally.byStatus.get(res.status) ?? 0) + 1);
  const isError = res.status >= 400;
  const isProblem =
    res.contentType === "application/problem+json" &&
    (res.json as { status?: unknown } | undefined)?.status === res.status;
  if (res.status >= 500) tally.serverErrors++;
  if (isError && !isProblem) tally.notProblem++;
  if (res.status >= 500 || (isError && !isProblem)) {
    const sample = JSON.stringify({ ...r, body: r.body?.slice(0, 300) }).slice(0, 600);
    failures.push(`${label} → ${res.status} ${res.contentType}: ${sample}`);
    return false;
  }
  return true;
}

const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

describe(`fuzzing every operation of the OpenAPI document (${RUNS} runs each, seed ${SEED})`, () => {
  it.each(operations.map((o) => [`${o.method} ${o.path}`, o] as const))(
    "%s: no 5xx, every error problem+json",
    async (label, { path, method, op }) => {
      // A stream that never ends (server-sent events) is not a request/response to fuzz.
      if (op.operationId === "liveEvents") return;
      const handler = (await loadRouteModule(routeFileOf(path)))[method];
      expect(handler, `${routeFileOf(path)} exports ${method}`).toBeTypeOf("function");
      const before = failures.length;
      await fc
        .assert(
          fc.asyncProperty(requestFor(path, op), async (r) =>
            check(label, r, await sendCaught(handler!, method, path, r)),
          ),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        )
        .catch(rethrowUnlessRecorded(before)); // the failures list says what failed, with the request
      expect(failures.slice(before)).toEqual([]);
    },
  );

  it("unknown paths and methods: 404/405 problem+json", async () => {
    const catchAll = await loadRouteModule("app/api/[...path]/route.ts");
    const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
    const before = failures.length;
    await fc
      .assert(
        fc.asyncProperty(
          fc.constantFrom(...methods),
          fc.array(fc.string({ unit: "binary", minLength: 1, maxLength: 20 }), {
            minLength: 1,
            maxLength: 4,
          }),
          async (method, segments) => {
            const r: FuzzRequest = { params: {}, query: [], headers: {} };
            const path = `/api/${segments.map((s) => encodeURIComponent(s)).join("/")}`;
            const res = await sendCaught(catchAll[method]!, method, path, r);
            return check(`${method} ${path}`, r, res) && res.status === 404;
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      )
      .catch(rethrowUnlessRecorded(before));
    expect(failures.slice(before)).toEqual([]);
  });
});
