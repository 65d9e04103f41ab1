import { describe, expect, it } from "vitest";
import { IncidentSeverity, IncidentStatus } from "@/generated/prisma/enums";
import { enumLiterals } from "@/lib/db/enum-literals";

describe("enumLiterals (the one SQL fragment built from values)", () => {
  it("writes enum values as quoted literals", () => {
    expect(enumLiterals(IncidentStatus, ["OPEN", "IN_PROGRESS"]).sql).toBe("'OPEN', 'IN_PROGRESS'");
    expect(enumLiterals(IncidentSeverity, ["P1"]).values).toEqual([]);
  });

  it("refuses a value with a quote, whatever the caller's types say", () => {
    const injected = ["OPEN') OR ('1'='1"] as unknown as IncidentStatus[];
    expect(() => enumLiterals(IncidentStatus, injected)).toThrow(/Not a value of the enum/);
  });

  it("refuses a value of another enum, a non-string and an empty list", () => {
    expect(() => enumLiterals(IncidentStatus, ["P1"] as unknown as IncidentStatus[])).toThrow();
    expect(() => enumLiterals(IncidentSeverity, [1] as unknown as IncidentSeverity[])).toThrow();
    expect(() => enumLiterals(IncidentStatus, [])).toThrow(/No enum values/);
  });
});
