import { describe, expect, it } from "vitest";
import { formatIncidentKey, INCIDENT_KEY_PATTERN } from "@/lib/incidents/incident-key";

// PRODUCT.md: key INC-<year>-<sequence>, zero-padded to at least 4 digits.
describe("formatIncidentKey", () => {
  it.each([
    [2026, 7, "INC-2026-0007"],
    [2026, 1, "INC-2026-0001"],
    [2026, 999, "INC-2026-0999"],
    [2026, 1000, "INC-2026-1000"],
    [2026, 12345, "INC-2026-12345"],
  ])("(%i, %i) → %s", (year, seq, key) => {
    expect(formatIncidentKey(year, seq)).toBe(key);
  });
});

describe("INCIDENT_KEY_PATTERN", () => {
  it.each(["INC-2026-0007", "INC-2026-12345", "INC-2026-0001"])("accepts %s", (key) => {
    expect(INCIDENT_KEY_PATTERN.test(key)).toBe(true);
  });

  it.each([
    "INC-26-1",
    "inc-2026-0001",
    "INC-2026-001",
    "INC-2026-0001 ",
    "XINC-2026-0001",
    "CHG-2026-0001",
    "",
  ])("rejects %j", (key) => {
    expect(INCIDENT_KEY_PATTERN.test(key)).toBe(false);
  });
});
