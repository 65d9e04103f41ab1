import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTokenInput } from "@/lib/tokens/schemas";

describe("createTokenInput", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2025-06-01T12:00:00.000Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const issuePaths = (input: unknown) =>
    createTokenInput.safeParse(input).error?.issues.map((i) => i.path.join("."));

  it("accepts an omitted or null expiry", () => {
    expect(createTokenInput.parse({ name: "ci" })).toEqual({ name: "ci" });
    expect(createTokenInput.parse({ name: "ci", expiresAt: null })).toEqual({ name: "ci", expiresAt: null });
  });

  it("accepts a future ISO datetime, with Z or an offset", () => {
    expect(createTokenInput.parse({ name: "ci", expiresAt: "2025-07-01T00:00:00Z" }).expiresAt).toBe(
      "2025-07-01T00:00:00Z",
    );
    expect(createTokenInput.parse({ name: "ci", expiresAt: "2025-07-01T00:00:00+02:00" }).expiresAt).toBe(
      "2025-07-01T00:00:00+02:00",
    );
  });

  it("rejects an expiry in the past", () => {
    const result = createTokenInput.safeParse({ name: "ci", expiresAt: "2025-05-31T12:00:00Z" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["expiresAt", "The expiry must be in the future"],
    ]);
  });

  it("rejects an expiry equal to now", () => {
    expect(issuePaths({ name: "ci", expiresAt: "2025-06-01T12:00:00Z" })).toEqual(["expiresAt"]);
  });

  it.each(["next week", "2025-07-01", "07/01/2025 10:00"])("rejects a non-ISO datetime: %s", (expiresAt) => {
    const result = createTokenInput.safeParse({ name: "ci", expiresAt });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["expiresAt"]);
    expect(result.error?.issues[0]?.message).toBe("Use an ISO 8601 date and time");
  });

  it("requires a non-blank name", () => {
    expect(issuePaths({ name: "   " })).toEqual(["name"]);
    expect(issuePaths({})).toEqual(["name"]);
  });
});
