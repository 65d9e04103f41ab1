import { describe, expect, it } from "vitest";
import { allowedDowntimeMinutes, SERVICE_TIERS, SLA_TARGET_PERCENT } from "@/lib/services/service-tier";

describe("service tiers", () => {
  it("has the handbook's SLA targets", () => {
    expect(SERVICE_TIERS).toEqual(["CRITICAL", "STANDARD", "DEVELOPMENT"]);
    expect(SLA_TARGET_PERCENT).toEqual({ CRITICAL: 99.9, STANDARD: 99.5, DEVELOPMENT: 99.0 });
  });

  it.each([
    ["CRITICAL", 43.2],
    ["STANDARD", 216],
    ["DEVELOPMENT", 432],
  ] as const)("allows %s %d minutes of downtime in a 30-day month (the default)", (tier, minutes) => {
    expect(allowedDowntimeMinutes(tier, 30)).toBe(minutes);
    expect(allowedDowntimeMinutes(tier)).toBe(minutes);
  });

  it("allows CRITICAL 44.6 minutes in a 31-day month (rounded to 0.1)", () => {
    expect(allowedDowntimeMinutes("CRITICAL", 31)).toBe(44.6);
  });
});
