import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

describe("safeCallbackPath", () => {
  it.each([
    ["/services", "/services"],
    ["/services/auth?tab=history#top", "/services/auth?tab=history#top"],
    [undefined, "/"],
    ["", "/"],
  ])("keeps a path on the portal: %s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each(["//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example/services", "javascript:alert(1)"])(
    "drops a destination on another host: %s",
    (input) => {
      expect(safeCallbackPath(input)).toBe("/");
    },
  );

  it("takes the first value when several are given", () => {
    expect(safeCallbackPath(["/audit", "//evil.example"])).toBe("/audit");
  });
});
