import { describe, expect, it } from "vitest";
import { CHANGE_KEY_PATTERN, formatChangeKey, parseChangeKey } from "@/lib/changes/change-key";

describe("change keys", () => {
  it("pads the sequence to 4 digits and grows past it", () => {
    expect(formatChangeKey(2026, 7)).toBe("CHG-2026-0007");
    expect(formatChangeKey(2026, 12345)).toBe("CHG-2026-12345");
  });
  it.each([
    ["CHG-2026-0007", true],
    ["CHG-2026-12345", true],
    ["CHG-2026-007", false],
    ["INC-2026-0007", false],
    ["chg-2026-0007", false],
  ])("%s valid = %s", (key, valid) => {
    expect(CHANGE_KEY_PATTERN.test(key)).toBe(valid);
  });
  it("parses back what it formats", () => {
    expect(parseChangeKey(formatChangeKey(2026, 42))).toEqual({ year: 2026, seq: 42 });
    expect(parseChangeKey("CHG-26-1")).toBeNull();
  });
});
