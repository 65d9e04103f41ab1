// A route's contract in one place: method, path, permission, input and output schemas. The handler
// wrapper enforces it, the OpenAPI document is generated from it, and the route × role test walks it.
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type CsvColumn = { header: string; value: (row: Record<string, unknown>) => unknown };

export type RouteDef = {
  method: HttpMethod;
  path: string; // OpenAPI style: /api/services/{slug}
  summary: string;
  tag: string;
  /** null: no sign-in needed */
  permission: Permission | null;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  /** POST creates: honours Idempotency-Key */
  idempotent?: boolean;
  /** Largest request body accepted, in bytes (default `DEFAULT_MAX_BODY_BYTES`, 256 KiB); larger → 413 */
  maxBodyBytes?: number;
  /** Intake endpoints that authenticate with an integration's own secret: no session or API token lookup. */
  integrationSecret?: true;
  /** lists: `Accept: text/csv` or `?format=csv` exports every page */
  csv?: { filename: string; columns: CsvColumn[] };
};

/**
 * Declares a route's contract (method, path, permission, schemas, status, idempotency, body limit, CSV).
 * `handle(def, run)` enforces it, `lib/api/openapi.ts` publishes it, the route × role test walks it.
 */
export function defineRoute<const T extends RouteDef>(def: T): T {
  return def;
}
