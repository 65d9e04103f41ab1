import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  findUnknownFields,
  findUnstorableText,
  jsonNestingExceeds,
  MAX_JSON_DEPTH,
  unstorableText,
} from "@/lib/api/input-guards";
import { decodeCursor, encodeCursor, isCursorInstant, isUuid, readTimeIdCursor } from "@/lib/api/pagination";
import { instant } from "@/lib/api/instant";
import { createTokenInput } from "@/lib/tokens/schemas";
import { createAssessmentInput, createVendorInput } from "@/lib/vendors/schemas";
import { recordSecurityEventInput } from "@/lib/security/schemas";
import { AppError } from "@/lib/errors";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("JSON nesting bound", () => {
  it("accepts nesting up to the limit and refuses one level more", () => {
    expect(jsonNestingExceeds(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonNestingExceeds(nested(MAX_JSON_DEPTH + 1))).toBe(true);
  });

  it("scans the 20,000-deep body from the report without recursion", () => {
    expect(jsonNestingExceeds('{"a":'.repeat(20_000) + "1" + "}".repeat(20_000))).toBe(true);
    expect(jsonNestingExceeds(nested(100_000))).toBe(true);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(jsonNestingExceeds(JSON.stringify({ text: "[".repeat(1000), quote: 'a"[[[' }))).toBe(false);
  });
});

describe("text PostgreSQL cannot store", () => {
  it("finds NUL and lone surrogates in values, naming the field", () => {
    expect(findUnstorableText({ a: { b: ["ok", "x\0y"] } })?.path).toBe("a.b.1");
    expect(findUnstorableText({ title: "\ud800x" })?.path).toBe("title");
    expect(findUnstorableText({ title: "\ud800x" })?.message).toContain("surrogate");
    expect(findUnstorableText({ title: "x\udc00" })?.path).toBe("title");
  });

  it("finds them in object keys", () => {
    expect(findUnstorableText({ details: { "a\0b": 1 } })?.path).toBe("details.a\\u0000b");
    expect(findUnstorableText({ details: { "a\0b": 1 } })?.message).toContain("Field name");
  });

  it("accepts paired surrogates (emoji) and plain text", () => {
    expect(unstorableText("on fire 🔥")).toBeNull();
    expect(findUnstorableText({ a: ["Grüße", { b: "日本" }] })).toBeNull();
  });

  it("walks 20,000 levels without overflowing the stack", () => {
    let deep: unknown = "x\0";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).not.toBeNull();
  });
});

describe("unknown fields", () => {
  it("names the handbook's field and the one to use (the assessment from the report)", () => {
    const body = { reliability: 4, securityCertifications: ["ISO 27001"] };
    expect(findUnknownFields(createAssessmentInput, body)).toEqual([
      { path: "securityCertifications", message: "Unknown field securityCertifications: use certifications" },
    ]);
  });

  it("finds unknown fields at any depth, through defaults, nullables and arrays", () => {
    const body = { name: "V", certifications: [{ name: "SOC 2", expiresAt: null, expires: "2030-01-01" }] };
    expect(findUnknownFields(createVendorInput, body).map((e) => e.path)).toEqual([
      "certifications.0.expires",
    ]);
  });

  it("leaves free-form records alone", () => {
    expect(
      findUnknownFields(recordSecurityEventInput, { type: "ANOMALY", details: { anything: { at: 1 } } }),
    ).toEqual([]);
  });

  it("reports fields named like Object.prototype members (found by the fuzz suite)", () => {
    expect(
      findUnknownFields(
        createAssessmentInput,
        JSON.parse('{"constructor":1,"__proto__":2,"toString":3}'),
      ).map((e) => e.path),
    ).toEqual(["constructor", "__proto__", "toString"]);
  });

  it("suggests the field spelled the same in another case", () => {
    expect(findUnknownFields(z.object({ title: z.string() }), { Title: "x" })[0]?.message).toBe(
      "Unknown field Title: use title",
    );
  });

  it("follows the union option that accepts the value", () => {
    const schema = z.union([
      z.object({ kind: z.literal("a"), a: z.string() }),
      z.object({ kind: z.literal("b"), b: z.number() }),
    ]);
    expect(findUnknownFields(schema, { kind: "b", b: 1, c: 2 }).map((e) => e.path)).toEqual(["c"]);
  });
});

describe("cursors", () => {
  const thrown = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error;
    }
    return null;
  };
  const bad = (value: unknown) => thrown(() => decodeCursor(encodeCursor(value), readTimeIdCursor));

  it("refuses the report's cursors with 422 naming cursor", () => {
    for (const value of [
      { t: "2026-01-01T00:00:00.000Z", id: "-".repeat(36) },
      { t: "-271821-04-20T00:00:00.000Z", id: "00000000-0000-4000-8000-000000000000" },
      { t: "0000-01-01T00:00:00.000Z", id: "00000000-0000-4000-8000-000000000000" },
      { t: "2026-01-01T00:00:00.000Z\0", id: "00000000-0000-4000-8000-000000000000" },
      { t: "2026-01-01T00:00:00.000Z", id: "00000000-0000-4000-8000-00000000000\0" },
    ]) {
      const error = bad(value);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ status: 422, errors: [{ path: "cursor" }] });
    }
    expect(
      thrown(() => decodeCursor(encodeCursor("svc\0"), (v) => (typeof v === "string" ? v : undefined))),
    ).toMatchObject({ status: 422 });
  });

  it("accepts the cursors the lists write", () => {
    expect(
      decodeCursor(
        encodeCursor({ t: "2026-01-01T00:00:00.000Z", id: "0b5e6a0e-2f7c-4c1e-9d2a-1f2e3d4c5b6a" }),
        readTimeIdCursor,
      ),
    ).toBeDefined();
    expect(isUuid("0B5E6A0E-2F7C-4C1E-9D2A-1F2E3D4C5B6A")).toBe(true);
    expect(isCursorInstant("2026-02-30T00:00:00Z")).toBe(false);
  });
});

describe("instants", () => {
  it("refuses a time that moves past 9999 with its offset (the token expiry from the report)", () => {
    expect(instant.safeParse("9999-12-31T23:59:59-14:00").success).toBe(false);
    const token = createTokenInput.safeParse({ name: "ci", expiresAt: "9999-12-31T23:59:59-14:00" });
    expect(token.success).toBe(false);
    expect(token.error?.issues[0]?.path).toEqual(["expiresAt"]);
  });

  it("refuses year 0000 and accepts an ordinary future time", () => {
    expect(instant.safeParse("0000-01-01T00:00:00Z").success).toBe(false);
    expect(createTokenInput.safeParse({ name: "ci", expiresAt: "2999-01-01T00:00:00Z" }).success).toBe(true);
  });
});
