// The route files under app/api, loaded the way Next.js does: by folder, with every exported method.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { NextRequest } from "next/server";

export type RouteHandler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response> | Response;
export type RouteModule = Partial<Record<string, RouteHandler>>;

const ROOT = path.resolve(import.meta.dirname, "../..");

/** `/api/services/{slug}` → `app/api/services/[slug]/route.ts` */
export const routeFileOf = (apiPath: string) =>
  path.join("app", apiPath.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");

/** Every `app/api/**\/route.ts`, relative to the project root. */
export function listRouteFiles(dir = path.join(ROOT, "app/api")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listRouteFiles(full);
    return entry.name === "route.ts" ? [path.relative(ROOT, full)] : [];
  });
}

export async function loadRouteModule(file: string): Promise<RouteModule> {
  return (await import(path.join(ROOT, file))) as RouteModule;
}
