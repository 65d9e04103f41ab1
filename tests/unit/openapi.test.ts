import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiRoutes } from "@/lib/api/routes";
import type { RouteDef } from "@/lib/api/define-route";

type Operation = {
  operationId: string;
  responses: Record<string, unknown>;
  requestBody?: {
    required: boolean;
    content: Record<
      string,
      { schema: { type?: string; required?: string[]; properties?: Record<string, unknown> } }
    >;
  };
};

const doc = buildOpenApiDocument();
const routes = Object.entries(apiRoutes) as [string, RouteDef][];
const op = (path: string, method: string) => doc.paths[path]?.[method] as Operation | undefined;

describe("buildOpenApiDocument", () => {
  it("is an OpenAPI 3.1.0 document", () => {
    expect(doc.openapi).toBe("3.1.0");
  });

  it.each(routes)("documents %s under its path and method", (name, def) => {
    const operation = op(def.path, def.method.toLowerCase());
    expect(operation?.operationId).toBe(name);
  });

  it("has one operation per route and nothing else", () => {
    const count = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(count).toBe(routes.length);
  });

  it.each(routes.filter(([, def]) => def.permission))(
    "lists 401 and 403 for protected route %s",
    (_name, def) => {
      const responses = op(def.path, def.method.toLowerCase())!.responses;
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(["401", "403"]));
    },
  );

  it.each(routes.filter(([, def]) => !def.permission))(
    "does not list 401/403 for public route %s",
    (_name, def) => {
      const responses = op(def.path, def.method.toLowerCase())!.responses;
      expect(Object.keys(responses)).not.toContain("401");
      expect(Object.keys(responses)).not.toContain("403");
    },
  );

  it("gives POST /api/services a JSON body requiring slug, name, owner and tier", () => {
    const body = op("/api/services", "post")?.requestBody;
    expect(body?.required).toBe(true);
    const schema = body?.content["application/json"]?.schema;
    expect(schema?.type).toBe("object");
    expect([...(schema?.required ?? [])].sort()).toEqual(["name", "owner", "slug", "tier"]);
    expect(Object.keys(schema?.properties ?? {}).sort()).toEqual([
      "description",
      "name",
      "owner",
      "slug",
      "tier",
    ]);
  });

  it("documents the success status and 409 for the versioned PATCH", () => {
    expect(Object.keys(op("/api/services", "post")!.responses)).toContain("201");
    expect(Object.keys(op("/api/services/{slug}", "patch")!.responses)).toEqual(
      expect.arrayContaining(["200", "404", "409", "422"]),
    );
    expect(Object.keys(op("/api/tokens/{id}", "delete")!.responses)).toContain("204");
  });
});
