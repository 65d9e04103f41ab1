// The malformed requests from the hardening report (issue 13), each exactly as sent: every one must be
// a 4xx problem+json naming what was wrong, never a 500. Plus the contract around them: body limits,
// unknown fields, unknown paths and methods.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as catchAllRoute from "@/app/api/[...path]/route";
import * as accessRequestsRoute from "@/app/api/access-requests/route";
import * as changesRoute from "@/app/api/changes/route";
import * as incidentRoute from "@/app/api/incidents/[key]/route";
import * as incidentsRoute from "@/app/api/incidents/route";
import * as samplesRoute from "@/app/api/metrics/samples/route";
import * as securityEventsRoute from "@/app/api/security-events/route";
import * as servicesRoute from "@/app/api/services/route";
import * as tokensRoute from "@/app/api/tokens/route";
import * as assessmentsRoute from "@/app/api/vendors/[id]/assessments/route";
import * as vendorsRoute from "@/app/api/vendors/route";
import type { RouteDef } from "@/lib/api/define-route";
import { encodeCursor } from "@/lib/api/pagination";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/api/read-body";
import { allowHeader, ROUTE_FILE_METHODS } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { ROLES } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { BASE_URL, call } from "../helpers/api";
import { listRouteFiles, loadRouteModule, routeFileOf, type RouteHandler } from "../helpers/route-modules";
import { createTestService, createTestUser } from "../factories";

type Result = Awaited<ReturnType<typeof call>>;
let token: string;
const UUID = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  token = (await createTestUser([...ROLES])).token;
});

function expectProblem(res: Result, status: number) {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(res.json.status).toBe(status);
}

// Route files' own 405/404 handlers answer synchronously; `call` wants a promise.
const asAsync =
  (handler: RouteHandler | ((req: Request) => Response)) =>
  (req: NextRequest, ctx: { params: Promise<Record<string, string | string[]>> }) =>
    Promise.resolve(handler(req, ctx));

const fieldPaths = (res: Result) => ((res.json.errors ?? []) as { path: string }[]).map((e) => e.path);

describe("deep JSON (stack overflow on every body route)", () => {
  it("refuses a body nested 20,000 levels with 400 problem+json", async () => {
    const res = await call(incidentsRoute.POST, "POST", "/api/incidents", {
      token,
      rawBody: '{"title":' + "[".repeat(20_000) + "]".repeat(20_000) + "}",
    });
    expectProblem(res, 400);
    expect(res.json.detail).toContain("64 levels");
  });

  it("refuses 40,000 nested objects in free-form details", async () => {
    const res = await call(securityEventsRoute.POST, "POST", "/api/security-events", {
      token,
      rawBody: '{"details":' + '{"a":'.repeat(40_000) + "1" + "}".repeat(40_001),
    });
    expectProblem(res, 400);
  });

  it("still accepts free-form details nested a few levels", async () => {
    const res = await call(securityEventsRoute.POST, "POST", "/api/security-events", {
      token,
      body: {
        type: "ANOMALY",
        severity: "LOW",
        source: "fuzz",
        summary: "Nested details",
        details: { a: { b: { c: [1, [2, [3]]] } } },
      },
    });
    expect(res.status).toBe(201);
  });
});

describe("list cursors", () => {
  const lists: [string, typeof incidentsRoute.GET, string][] = [
    ["incidents", incidentsRoute.GET, "/api/incidents"],
    ["incidents (newest)", incidentsRoute.GET, "/api/incidents?status=CLOSED"],
    ["changes", changesRoute.GET, "/api/changes"],
    ["access requests", accessRequestsRoute.GET, "/api/access-requests"],
    ["security events", securityEventsRoute.GET, "/api/security-events"],
  ];
  const cursors: [string, string][] = [
    ["an id of 36 dashes", encodeCursor({ t: "2026-01-01T00:00:00.000Z", id: "-".repeat(36) })],
    ["year −271821", encodeCursor({ t: "-271821-04-20T00:00:00.000Z", id: UUID })],
    ["year 0000", encodeCursor({ t: "0000-01-01T00:00:00.000Z", id: UUID })],
    ["a NUL", encodeCursor({ t: "2026-01-01T00:00:00.000Z", id: `${UUID.slice(0, 35)}\0` })],
    ["a NUL in the severity", encodeCursor({ s: "P1\0", t: "2026-01-01T00:00:00.000Z", id: UUID })],
  ];
  for (const [list, handler, url] of lists) {
    it.each(cursors)(`${list}: a cursor with %s is 422 cursor`, async (_what, cursor) => {
      const res = await call(handler, "GET", url, { token, query: { cursor } });
      expectProblem(res, 422);
      expect(fieldPaths(res)).toContain("cursor");
    });
  }

  it("services: a slug cursor with a NUL is 422 cursor", async () => {
    const res = await call(servicesRoute.GET, "GET", "/api/services", {
      token,
      query: { cursor: encodeCursor("svc\0") },
    });
    expectProblem(res, 422);
    expect(fieldPaths(res)).toContain("cursor");
  });

  it("an incident assignee of 36 dashes finds nothing instead of failing", async () => {
    const res = await call(incidentsRoute.GET, "GET", "/api/incidents", {
      token,
      query: { assignee: "-".repeat(36) },
    });
    expect(res.status).toBe(200);
  });
});

describe("instants out of range", () => {
  it("a token expiresAt of 9999-12-31T23:59:59-14:00 is 422 expiresAt", async () => {
    const res = await call(tokensRoute.POST, "POST", "/api/tokens", {
      token,
      body: { name: "far future", expiresAt: "9999-12-31T23:59:59-14:00" },
    });
    expectProblem(res, 422);
    expect(fieldPaths(res)).toEqual(["expiresAt"]);
  });

  it.each(["0000-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00"])(
    "an incident list period from %s is 422",
    async (from) => {
      const res = await call(incidentsRoute.GET, "GET", "/api/incidents", { token, query: { from } });
      expectProblem(res, 422);
    },
  );
});

describe("text PostgreSQL cannot store", () => {
  it('a lone surrogate "\\ud800x" in a title is 422 naming it, and nothing is written', async () => {
    const before = await db.incident.count();
    const res = await call(incidentsRoute.POST, "POST", "/api/incidents", {
      token,
      rawBody: '{"title":"\\ud800x","description":"d","severity":"P3"}',
    });
    expectProblem(res, 422);
    expect(fieldPaths(res)).toEqual(["title"]);
    expect(await db.incident.count()).toBe(before);
  });

  it("a NUL in a JSON object key is 422", async () => {
    const res = await call(securityEventsRoute.POST, "POST", "/api/security-events", {
      token,
      rawBody: '{"type":"ANOMALY","severity":"LOW","source":"s","summary":"s","details":{"a\\u0000b":1}}',
    });
    expectProblem(res, 422);
    expect(res.json.detail).toContain("cannot be stored");
  });

  it("a NUL or lone surrogate in a path parameter is 4xx problem+json", async () => {
    for (const key of ["INC-2026-1\0", "\ud800", "%E0%A4%A"]) {
      const res = await call(incidentRoute.GET, "GET", "/api/incidents/x", { token, params: { key } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("path parameters Next could not decode are 400", async () => {
    const req = new NextRequest(new URL("/api/incidents/%E0%A4%A", BASE_URL), {
      headers: { authorization: `Bearer ${token}` },
    });
    // Next rejects the params promise; marked handled here so only the handler's await sees it.
    const params = Promise.reject(new URIError("URI malformed"));
    params.catch(() => undefined);
    const res = await incidentRoute.GET(req, { params });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });

  it("a body that is not UTF-8 is 400", async () => {
    const req = new NextRequest(new URL("/api/incidents", BASE_URL), {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    const res = await incidentsRoute.POST(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toContain("UTF-8");
  });
});

describe("request size", () => {
  const bigBody = (bytes: number) =>
    JSON.stringify({ title: "Big", severity: "P3", description: "x".repeat(bytes) });

  it("refuses a 50 MB JSON body by its Content-Length with 413 naming the limit", async () => {
    const body = bigBody(50 * 1024 * 1024);
    const res = await call(incidentsRoute.POST, "POST", "/api/incidents", {
      token,
      rawBody: body,
      headers: { "content-length": String(body.length) },
    });
    expectProblem(res, 413);
    expect(res.json.detail).toContain("256 KiB");
  });

  it("stops reading a body without Content-Length once it passes the limit", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"title":"Big","severity":"P3","description":"'));
      },
      pull(controller) {
        sent += chunk.byteLength;
        if (sent > 50 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const req = new NextRequest(new URL("/api/incidents", BASE_URL), {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: stream,
      duplex: "half",
    });
    const res = await incidentsRoute.POST(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(2 * DEFAULT_MAX_BODY_BYTES);
  });

  it("accepts a batch of 1,000 samples (its route's limit is larger)", async () => {
    const at = new Date(Date.now() - 60_000).toISOString();
    const { slug } = await createTestService();
    const samples = Array.from({ length: 1000 }, (_, i) => ({
      service: slug,
      metric: "api_latency_ms",
      value: i,
      at,
    }));
    expect(JSON.stringify({ samples }).length).toBeGreaterThan(64 * 1024);
    const res = await call(samplesRoute.POST, "POST", "/api/metrics/samples", { token, body: { samples } });
    expect(res.status, res.text.slice(0, 300)).toBe(202);
  });
});

describe("unknown fields are refused, not dropped", () => {
  it("an assessment with the handbook's securityCertifications is 422 saying to use certifications, and no assessment is stored", async () => {
    const vendor = await call(vendorsRoute.POST, "POST", "/api/vendors", {
      token,
      body: {
        name: `Vendor ${UUID.slice(-6)}${Date.now()}`,
        serviceType: "Email",
        criticality: "STANDARD",
        owner: "Platform",
      },
    });
    const id = vendor.json.id as string;
    const scores = {
      reliability: 4,
      performance: 4,
      scalability: 4,
      dataProtection: 4,
      accessControls: 4,
      financialStability: 4,
      supportQuality: 4,
      contractTerms: 4,
    };
    const res = await call(assessmentsRoute.POST, "POST", `/api/vendors/${id}/assessments`, {
      token,
      params: { id },
      body: { ...scores, securityCertifications: ["ISO 27001"] },
    });
    expectProblem(res, 422);
    expect(res.json.detail).toBe("Unknown field securityCertifications: use certifications");
    expect(fieldPaths(res)).toEqual(["securityCertifications"]);
    expect(await db.vendorAssessment.count({ where: { vendorId: id } })).toBe(0);

    const fixed = await call(assessmentsRoute.POST, "POST", `/api/vendors/${id}/assessments`, {
      token,
      params: { id },
      body: { ...scores, certifications: ["ISO 27001"] },
    });
    expect(fixed.status).toBe(201);
    expect(fixed.json.certifications).toEqual(["ISO 27001"]);
  });

  it("names an unknown field at depth", async () => {
    const res = await call(vendorsRoute.POST, "POST", "/api/vendors", {
      token,
      body: {
        name: "Deep vendor",
        serviceType: "Email",
        criticality: "STANDARD",
        owner: "Platform",
        certifications: [{ name: "SOC 2", expiry: "2030-01-01" }],
      },
    });
    expectProblem(res, 422);
    expect(fieldPaths(res)).toEqual(["certifications.0.expiry"]);
  });

  it("a typo in an edit is refused instead of changing nothing", async () => {
    const created = await call(incidentsRoute.POST, "POST", "/api/incidents", {
      token,
      body: { title: "Typo check", description: "d", severity: "P3" },
    });
    const key = created.json.key as string;
    const res = await call(incidentRoute.PATCH, "PATCH", `/api/incidents/${key}`, {
      token,
      params: { key },
      body: { version: 1, severty: "P1" },
    });
    expectProblem(res, 422);
    expect(res.json.detail).toBe("Unknown field severty");
  });
});

describe("everything under /api answers problem+json", () => {
  it.each([...ROUTE_FILE_METHODS])("an unknown path answers %s with 404 problem+json", async (method) => {
    const res = await call(asAsync(catchAllRoute[method]), method, "/api/no-such-thing/here", {
      token,
      params: { path: "no-such-thing/here" },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });

  const byFile = new Map<string, RouteDef[]>();
  for (const def of Object.values(apiRoutes) as RouteDef[])
    byFile.set(routeFileOf(def.path), [...(byFile.get(routeFileOf(def.path)) ?? []), def]);
  byFile.set("app/api/auth/[...nextauth]/route.ts", [{ method: "GET" }, { method: "POST" }] as RouteDef[]);

  it("every route file is in the route table (or is next-auth's or the catch-all)", () => {
    const files = listRouteFiles().filter((f) => !f.includes("[...path]"));
    expect(files.filter((f) => !byFile.has(f))).toEqual([]);
  });

  it.each([...byFile.entries()])(
    "%s: other methods are 405 problem+json with Allow, OPTIONS is 204 with Allow",
    async (file, defs) => {
      const routeModule = await loadRouteModule(file);
      const served = defs.map((d) => d.method);
      const allow = allowHeader(served);
      for (const method of ROUTE_FILE_METHODS) {
        if (method === "HEAD" && served.includes("GET")) continue; // Next answers HEAD with GET
        const handler = routeModule[method];
        expect(handler, `${file} exports ${method}`).toBeTypeOf("function");
        if (served.includes(method as (typeof served)[number])) continue;
        const res = await call(asAsync(handler!), method, "/api/x", { token });
        if (method === "OPTIONS") {
          expect(res.status).toBe(204);
        } else {
          expectProblem(res, 405);
        }
        expect(res.headers.get("allow")).toBe(allow);
      }
    },
  );
});
