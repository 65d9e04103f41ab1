// Cursor paging shared by every list: `?limit=` (default 50, max 200), `?cursor=`, `{ items, nextCursor }`.
import { z } from "zod";
import { findUnstorableText } from "@/lib/api/input-guards";
import { instant } from "@/lib/api/instant";
import { AppError } from "@/lib/errors";

export const listLimit = z.coerce.number().int().min(1).max(200).default(50);

export type Page<T> = { items: T[]; nextCursor: string | null };

export const pageResponse = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real uuid, as PostgreSQL reads one (36 dashes pass a `[0-9a-f-]{36}` test and fail in a `::uuid` cast). */
export const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);

/** A cursor's timestamp: ISO 8601 that JS and PostgreSQL both hold (years 1970–9999, as `instant` accepts). */
export const isCursorInstant = (v: unknown): v is string => instant.safeParse(v).success;

/** Reads the `{ t, id }` cursor most lists page by (newest first by a timestamp, ties by id). */
export function readTimeIdCursor(v: unknown): { t: string; id: string } | undefined {
  const c = v as { t?: unknown; id?: unknown } | null;
  return c && typeof c === "object" && isCursorInstant(c.t) && isUuid(c.id)
    ? { t: c.t, id: c.id }
    : undefined;
}

export function decodeCursor<T>(
  cursor: string | undefined,
  read: (value: unknown) => T | undefined,
): T | undefined {
  if (!cursor) return undefined;
  let value: T | undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // A cursor is the client's text too: what PostgreSQL cannot store never reaches a query.
    value = findUnstorableText(decoded) === null ? read(decoded) : undefined;
  } catch {
    value = undefined;
  }
  if (value === undefined) {
    throw new AppError("UNPROCESSABLE", "The cursor is not valid for this list", {
      errors: [{ path: "cursor", message: "Invalid cursor" }],
    });
  }
  return value;
}
