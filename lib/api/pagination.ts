// Cursor paging shared by every list: `?limit=` (default 50, max 200), `?cursor=`, `{ items, nextCursor }`.
import { z } from "zod";
import { AppError } from "@/lib/errors";

export const listLimit = z.coerce.number().int().min(1).max(200).default(50);

export type Page<T> = { items: T[]; nextCursor: string | null };

export const pageResponse = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<T>(cursor: string | undefined, read: (value: unknown) => T | undefined): T | undefined {
  if (!cursor) return undefined;
  let value: T | undefined;
  try {
    value = read(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    value = undefined;
  }
  if (value === undefined) {
    throw new AppError("UNPROCESSABLE", "The cursor is not valid for this list", { errors: [{ path: "cursor", message: "Invalid cursor" }] });
  }
  return value;
}
