import { describe, expect, it } from "vitest";
import { allowHeader, otherMethods, problemUnlessJson, unknownApiPath } from "@/lib/api/route-methods";

const req = (method: string, path = "/api/x") => new Request(`http://localhost${path}`, { method });

describe("otherMethods", () => {
  it("answers methods a file does not serve with 405 problem+json and Allow", async () => {
    const handlers = otherMethods({ method: "GET" }, { method: "POST" });
    const res = handlers.DELETE(req("DELETE"));
    expect(res.status).toBe(405);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect(await res.json()).toMatchObject({
      status: 405,
      detail: "DELETE is not served here; this path serves GET, HEAD, OPTIONS, POST",
    });
  });

  it("answers OPTIONS with 204 and Allow", () => {
    const res = otherMethods("PATCH").OPTIONS(req("OPTIONS"));
    expect(res.status).toBe(204);
    expect(res.headers.get("allow")).toBe("OPTIONS, PATCH");
  });

  it("offers HEAD only with GET", () => {
    expect(allowHeader(["POST"])).toBe("OPTIONS, POST");
    expect(allowHeader(["GET"])).toBe("GET, HEAD, OPTIONS");
  });
});

describe("unknownApiPath", () => {
  it("answers every method with 404 problem+json naming the path", async () => {
    const res = unknownApiPath().PUT(req("PUT", "/api/nope"));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toContain("/api/nope");
  });
});

describe("problemUnlessJson (next-auth's plain-text errors)", () => {
  it("turns a plain-text error into problem+json with the same status", async () => {
    const res = await problemUnlessJson(
      new Response("Error: This action with HTTP GET is not supported by NextAuth.js", { status: 400 }),
    );
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({ status: 400 });
  });

  it("leaves JSON, pages and redirects as they are", async () => {
    const json = new Response('{"csrfToken":"x"}', {
      status: 200,
      headers: { "content-type": "application/json" },
    });
    expect(await problemUnlessJson(json)).toBe(json);
    const redirect = new Response(null, { status: 302, headers: { location: "/login" } });
    expect(await problemUnlessJson(redirect)).toBe(redirect);
    const jsonError = new Response('{"url":"/login?error=x"}', {
      status: 401,
      headers: { "content-type": "application/json" },
    });
    expect(await problemUnlessJson(jsonError)).toBe(jsonError);
  });
});
