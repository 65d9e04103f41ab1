import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/api/pagination";
import { AppError } from "@/lib/errors";

type Cursor = { id: string; at: string };
const readCursor = (value: unknown): Cursor | undefined => {
  const v = value as Partial<Cursor> | null;
  return v && typeof v.id === "string" && typeof v.at === "string" ? { id: v.id, at: v.at } : undefined;
};

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("cursors", () => {
  it("round-trips a value through encode and decode", () => {
    const cursor = encodeCursor({ id: "42", at: "2025-01-01T00:00:00.000Z" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, readCursor)).toEqual({ id: "42", at: "2025-01-01T00:00:00.000Z" });
  });

  it("decodes no cursor to undefined", () => {
    expect(decodeCursor(undefined, readCursor)).toBeUndefined();
  });

  it.each([
    ["garbage", "!!not-a-cursor!!"],
    ["base64 of non-JSON", Buffer.from("hello").toString("base64url")],
    ["JSON the reader rejects", encodeCursor({ id: 42 })],
  ])("rejects %s with a 422 AppError", (_label, cursor) => {
    const error = thrown(() => decodeCursor(cursor, readCursor));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "UNPROCESSABLE",
      status: 422,
      errors: [{ path: "cursor", message: "Invalid cursor" }],
    });
  });
});
