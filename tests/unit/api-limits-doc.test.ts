// docs/api-limits.md lists every route whose body limit differs from the default, with that limit, and
// the default itself: the numbers live in code and the document must not drift from them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RouteDef } from "@/lib/api/define-route";
import { MAX_JSON_DEPTH } from "@/lib/api/input-guards";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { DEFAULT_MAX_BODY_BYTES, formatBytes } from "@/lib/api/read-body";
import { apiRoutes } from "@/lib/api/routes";

const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/api-limits.md"), "utf8");
const custom = (Object.values(apiRoutes) as RouteDef[]).filter((d) => d.maxBodyBytes !== undefined);

describe("the OpenAPI document's request bodies", () => {
  type Schema = { additionalProperties?: unknown; properties?: Record<string, Schema>; description?: string };
  type Operation = {
    requestBody?: { description: string; content: { "application/json": { schema: Schema } } };
    responses: Record<string, unknown>;
  };
  const paths = buildOpenApiDocument().paths as Record<string, Record<string, Operation>>;

  it("refuse unknown fields (additionalProperties: false) except in free-form maps, and state their size limit", () => {
    const assessment = paths["/api/vendors/{id}/assessments"]!.post!;
    expect(assessment.requestBody!.content["application/json"].schema.additionalProperties).toBe(false);
    expect(assessment.requestBody!.description).toContain("256 KiB");
    expect(assessment.responses).toHaveProperty("413");
    const event = paths["/api/security-events"]!.post!.requestBody!.content["application/json"].schema;
    expect(event.additionalProperties).toBe(false);
    expect(event.properties!.details!.additionalProperties).toEqual({});
    expect(paths["/api/metrics/samples"]!.post!.requestBody!.description).toContain("1 MiB");
  });
});

describe("docs/api-limits.md", () => {
  it("states the default body limit and the nesting limit", () => {
    expect(doc).toContain(`| request body size | ${formatBytes(DEFAULT_MAX_BODY_BYTES)} `);
    expect(doc).toContain(`${MAX_JSON_DEPTH} levels`);
  });

  it.each(custom.map((d) => [`${d.method} ${d.path}`, d] as const))(
    "lists %s with its limit",
    (_label, def) => {
      const row = doc
        .split("\n")
        .find((line) => line.startsWith("| ") && line.includes(`${def.method} ${def.path}\``));
      expect(row, `a row for ${def.method} ${def.path}`).toBeDefined();
      expect(row).toContain(`| ${formatBytes(def.maxBodyBytes!)} |`);
    },
  );
});
