// Builds the OpenAPI 3.1 document from the route table and its zod schemas (never written by hand).
import { z } from "zod";
import { PERMISSIONS } from "@/lib/auth/permissions";
import type { RouteDef } from "@/lib/api/define-route";
import { MAX_JSON_DEPTH } from "@/lib/api/input-guards";
import { DEFAULT_MAX_BODY_BYTES, formatBytes } from "@/lib/api/read-body";
import { apiRoutes } from "@/lib/api/routes";

const problemSchema = {
  type: "object",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: {
      type: "array",
      items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
    },
  },
};

const jsonSchema = (schema: z.ZodType, io: "input" | "output") => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
};

// A write refuses fields its schema does not declare (lib/api/input-guards.ts), so request bodies say so:
// every object with declared properties gets `additionalProperties: false` (free-form maps keep theirs).
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== "object") return node;
  const out = Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, k === "default" || k === "examples" ? v : closeObjects(v)]),
  );
  if (out.type === "object" && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

function parameters(def: RouteDef) {
  const out: Record<string, unknown>[] = [];
  for (const [location, schema] of [
    ["path", def.params],
    ["query", def.query],
  ] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      const fieldSchema = field as z.ZodType;
      out.push({
        name,
        in: location,
        required: location === "path" || !fieldSchema.safeParse(undefined).success,
        schema: jsonSchema(fieldSchema, "input"),
        ...(fieldSchema.description ? { description: fieldSchema.description } : {}),
      });
    }
  }
  if (def.csv)
    out.push({
      name: "format",
      in: "query",
      required: false,
      schema: { type: "string", enum: ["csv"] },
      description: "Export every page as CSV",
    });
  if (def.idempotent)
    out.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      schema: { type: "string", maxLength: 200 },
    });
  return out;
}

function operation(name: string, def: RouteDef) {
  const problem = (description: string) => ({
    description,
    content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
  });
  const success: Record<string, unknown> = { description: "Success" };
  if (def.response) success.content = { "application/json": { schema: jsonSchema(def.response, "output") } };
  if (def.csv && def.response)
    (success.content as Record<string, unknown>)["text/csv"] = { schema: { type: "string" } };
  const responses: Record<string, unknown> = { [String(def.status ?? 200)]: success };
  if (def.permission) {
    responses["401"] = problem("Not signed in");
    responses["403"] = problem("Not allowed");
  }
  if (def.params) responses["404"] = problem("Not found");
  if (def.body) {
    responses["400"] = problem(`Malformed JSON, not UTF-8, or nested deeper than ${MAX_JSON_DEPTH} levels`);
    responses["413"] = problem(`Body larger than ${formatBytes(def.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)}`);
    responses["422"] = problem(
      "Invalid fields, a field this API does not know, text with NUL or lone surrogates, or a broken rule",
    );
  }
  if (def.body && "version" in ((def.body as z.ZodObject).shape ?? {}))
    responses["409"] = problem("Stale version");
  return {
    operationId: name,
    summary: def.summary,
    tags: [def.tag],
    ...(def.permission
      ? {
          description: `Permission \`${def.permission}\`: roles ${PERMISSIONS[def.permission].join(", ")}.`,
          security: [{ bearer: [] }, { session: [] }],
        }
      : { security: [] }),
    parameters: parameters(def),
    ...(def.body
      ? {
          requestBody: {
            required: true,
            description: `JSON, at most ${formatBytes(def.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)}; fields not in the schema are refused (422).`,
            content: { "application/json": { schema: closeObjects(jsonSchema(def.body, "input")) } },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, def] of Object.entries(apiRoutes) as [string, RouteDef][]) {
    (paths[def.path] ??= {})[def.method.toLowerCase()] = operation(name, def);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Neuron Ops API",
      version: "1.0.0",
      description:
        "The operations portal's HTTP API. Errors are application/problem+json (RFC 9457), including 404 for unknown paths and 405 (with `Allow`) for methods a path does not serve. " +
        `Request bodies: JSON, UTF-8, nested at most ${MAX_JSON_DEPTH} levels, at most ${formatBytes(DEFAULT_MAX_BODY_BYTES)} unless an operation says otherwise (413); ` +
        "a write with a field the API does not know is refused (422), as is text PostgreSQL cannot store (NUL, lone surrogates).",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "Personal API token (Settings → API tokens, or POST /api/tokens)",
        },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Problem: problemSchema },
    },
    paths,
  };
}
