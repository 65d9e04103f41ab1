import { describe, expect, it } from "vitest";
import * as servicesRoute from "@/app/api/services/route";
import * as serviceRoute from "@/app/api/services/[slug]/route";
import { call } from "../helpers/api";
import { createTestService, createTestUser, serviceInput, unique } from "../factories";

describe("service catalog API", () => {
  it("creates, reads, lists and edits a service", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const input = serviceInput({ tier: "CRITICAL" });
    const created = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: input,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ slug: input.slug, tier: "CRITICAL", slaTarget: 99.9, version: 1 });

    const read = await call(serviceRoute.GET, "GET", `/api/services/${input.slug}`, {
      token: manager.token,
      params: { slug: input.slug },
    });
    expect(read.json).toMatchObject({ name: input.name, owner: "Test Team" });
    expect(read.json).not.toHaveProperty("id");

    const edited = await call(serviceRoute.PATCH, "PATCH", `/api/services/${input.slug}`, {
      token: manager.token,
      params: { slug: input.slug },
      body: { version: 1, owner: "SRE", tier: "STANDARD" },
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ owner: "SRE", tier: "STANDARD", slaTarget: 99.5, version: 2 });
  });

  it("refuses a stale version with 409 and keeps the first writer's change", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const service = await createTestService();
    const first = await call(serviceRoute.PATCH, "PATCH", "", {
      token: manager.token,
      params: { slug: service.slug },
      body: { version: 1, owner: "First" },
    });
    const second = await call(serviceRoute.PATCH, "PATCH", "", {
      token: manager.token,
      params: { slug: service.slug },
      body: { version: 1, owner: "Second" },
    });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.headers.get("content-type")).toBe("application/problem+json");
    const read = await call(serviceRoute.GET, "GET", "", {
      token: manager.token,
      params: { slug: service.slug },
    });
    expect(read.json).toMatchObject({ owner: "First", version: 2 });
  });

  it("lets exactly one of several concurrent edits of the same version win", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const service = await createTestService();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        call(serviceRoute.PATCH, "PATCH", "", {
          token: manager.token,
          params: { slug: service.slug },
          body: { version: 1, owner: `Writer ${i}` },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
  });

  it("answers bad input with problem+json 400/422 and creates nothing", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const malformed = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
    const invalid = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: { slug: "Not A Slug", name: "x", tier: "GOLD" },
    });
    expect(invalid.status).toBe(422);
    expect((invalid.json.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      "name",
      "owner",
      "slug",
      "tier",
    ]);
    const halfValid = serviceInput({ tier: "GOLD" as "CRITICAL" });
    expect(
      (await call(servicesRoute.POST, "POST", "/api/services", { token: manager.token, body: halfValid }))
        .status,
    ).toBe(422);
    const lookup = await call(serviceRoute.GET, "GET", "", {
      token: manager.token,
      params: { slug: halfValid.slug },
    });
    expect(lookup.status).toBe(404);
  });

  it("refuses a duplicate slug with 409", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const service = await createTestService();
    const dup = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: serviceInput({ slug: service.slug }),
    });
    expect(dup.status).toBe(409);
  });

  it("replays a create retried with the same Idempotency-Key and refuses the key for another body", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const owner = unique("owner");
    const input = serviceInput({ owner });
    const headers = { "idempotency-key": "retry-1" };
    const first = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: input,
      headers,
    });
    const retry = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: input,
      headers,
    });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.json).toEqual(first.json);
    const other = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: serviceInput({ owner }),
      headers,
    });
    expect(other.status).toBe(422);
    const list = await call(servicesRoute.GET, "GET", "/api/services", {
      token: manager.token,
      query: { q: owner },
    });
    expect(list.json.items).toHaveLength(1);
  });

  it("pages with a cursor, filters by tier and text, and exports CSV", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const owner = unique("owner");
    for (const tier of ["CRITICAL", "STANDARD", "DEVELOPMENT", "STANDARD", "CRITICAL"] as const)
      await createTestService({ tier, owner });
    await createTestService({ name: "Payments Ledger", tier: "CRITICAL", owner });
    const page1 = await call(servicesRoute.GET, "GET", "/api/services", {
      token: engineer.token,
      query: { limit: "4", q: owner },
    });
    expect(page1.json.items).toHaveLength(4);
    const page2 = await call(servicesRoute.GET, "GET", "/api/services", {
      token: engineer.token,
      query: { limit: "4", q: owner, cursor: String(page1.json.nextCursor) },
    });
    expect(page2.json.items).toHaveLength(2);
    expect(page2.json.nextCursor).toBeNull();
    const slugs = [...page1.json.items!, ...page2.json.items!].map((s) => s.slug);
    expect(new Set(slugs).size).toBe(6);

    const critical = await call(servicesRoute.GET, "GET", "/api/services", {
      token: engineer.token,
      query: { tier: "CRITICAL", q: owner },
    });
    expect(critical.json.items).toHaveLength(3);
    const search = await call(servicesRoute.GET, "GET", "/api/services", {
      token: engineer.token,
      query: { q: "ledger" },
    });
    expect(search.json.items!.map((s) => s.name)).toContain("Payments Ledger");

    const csv = await call(servicesRoute.GET, "GET", "/api/services", {
      token: engineer.token,
      query: { format: "csv", tier: "CRITICAL", q: owner },
    });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = csv.text.trim().split("\n");
    expect(lines[0]).toBe("slug,name,owner,tier,sla_target_percent,description,updated_at");
    expect(lines).toHaveLength(4);

    const badCursor = await call(servicesRoute.GET, "GET", "/api/services", {
      token: engineer.token,
      query: { cursor: "!!!" },
    });
    expect(badCursor.status).toBe(422);
  });

  it("refuses NUL characters with 422 instead of a database error", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const body = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: serviceInput({ name: "Bad\u0000Name" }),
    });
    expect(body.status).toBe(422);
    expect(body.json.errors).toEqual([{ path: "name", message: "NUL characters are not allowed" }]);
    const query = await call(servicesRoute.GET, "GET", "/api/services", {
      token: manager.token,
      query: { q: "a\u0000b" },
    });
    expect(query.status).toBe(422);
    const param = await call(serviceRoute.GET, "GET", "", {
      token: manager.token,
      params: { slug: "x\u0000" },
    });
    expect(param.status).toBe(422);
  });

  it("exports CSV cells that a spreadsheet would run as formulas escaped", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const owner = unique("owner");
    await createTestService({ name: '=HYPERLINK("http://evil")', owner });
    const csv = await call(servicesRoute.GET, "GET", "/api/services", {
      token: engineer.token,
      query: { format: "csv", q: owner },
    });
    expect(csv.text).toContain("'=HYPERLINK");
  });
});
