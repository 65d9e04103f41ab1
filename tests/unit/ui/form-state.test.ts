// The form hook's pure side: the client's zod errors and the server's 422 land in one map keyed by
// path, a 409 is a stale version (not a field problem), Ctrl/⌘+Enter submits, dirty means changed.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  errorAt,
  formMessage,
  isChanged,
  isModEnter,
  isStaleVersion,
  issuesToFieldErrors,
  problemFieldErrors,
  withoutField,
} from "@/components/ui/form-state";
import { ApiError } from "@/lib/client/api-client";

const schema = z.object({ title: z.string().min(3), services: z.array(z.string().min(1)).min(1) });

describe("issuesToFieldErrors", () => {
  it("keys zod issues by dotted path, the first message per path", () => {
    const parsed = schema.safeParse({ title: "", services: ["ok", ""] });
    expect(parsed.success).toBe(false);
    const errors = issuesToFieldErrors(parsed.error!.issues);
    expect(Object.keys(errors).sort()).toEqual(["services.1", "title"]);
  });

  it("rewords messages when asked", () => {
    const parsed = schema.safeParse({ title: "", services: [] });
    expect(issuesToFieldErrors(parsed.error!.issues, () => "Required")).toEqual({
      title: "Required",
      services: "Required",
    });
  });
});

describe("problemFieldErrors", () => {
  it("maps a 422 problem+json's field errors by path", () => {
    const error = new ApiError(422, "Invalid", "Check the fields", [
      { path: "plannedEnd", message: "The end must be after the start" },
      { path: "services.0", message: "Unknown service" },
    ]);
    expect(problemFieldErrors(error)).toEqual({
      plannedEnd: "The end must be after the start",
      "services.0": "Unknown service",
    });
  });

  it("has none for other errors", () => {
    expect(problemFieldErrors(new Error("offline"))).toEqual({});
    expect(problemFieldErrors(null)).toEqual({});
  });
});

describe("what a failed write says", () => {
  it("a 409 is a stale version and says nothing above the form (the banner does)", () => {
    const conflict = new ApiError(409, "Conflict", "Stale version");
    expect(isStaleVersion(conflict)).toBe(true);
    expect(formMessage(conflict)).toBeUndefined();
  });

  it("field errors show beside their fields, not above the form", () => {
    const invalid = new ApiError(422, "Invalid", "Check", [{ path: "title", message: "Too short" }]);
    expect(isStaleVersion(invalid)).toBe(false);
    expect(formMessage(invalid)).toBeUndefined();
  });

  it("anything else shows the server's message", () => {
    expect(formMessage(new ApiError(403, "Forbidden", "Only managers declare freezes"))).toBe(
      "Only managers declare freezes",
    );
    expect(formMessage(null)).toBeUndefined();
  });
});

describe("field helpers", () => {
  const errors = { services: "Pick one", "riskAnswers.changeSize": "Answer it", title: "Required" };

  it("finds an error on a field or any item inside it", () => {
    expect(errorAt(errors, "riskAnswers")).toBe("Answer it");
    expect(errorAt(errors, "title")).toBe("Required");
    expect(errorAt(errors, "description")).toBeUndefined();
  });

  it("drops a field's errors once it changes, and only its own", () => {
    expect(withoutField(errors, "riskAnswers")).toEqual({ services: "Pick one", title: "Required" });
    expect(withoutField({ service: "x", services: "y" }, "service")).toEqual({ services: "y" });
  });

  it("submits on Ctrl+Enter and ⌘+Enter only", () => {
    expect(isModEnter({ key: "Enter", ctrlKey: true, metaKey: false })).toBe(true);
    expect(isModEnter({ key: "Enter", ctrlKey: false, metaKey: true })).toBe(true);
    expect(isModEnter({ key: "Enter", ctrlKey: false, metaKey: false })).toBe(false);
    expect(isModEnter({ key: "s", ctrlKey: true, metaKey: false })).toBe(false);
  });

  it("is dirty when the values differ from where the form started", () => {
    expect(isChanged({ a: "x", list: [1] }, { a: "x", list: [1] })).toBe(false);
    expect(isChanged({ a: "y", list: [1] }, { a: "x", list: [1] })).toBe(true);
  });
});
