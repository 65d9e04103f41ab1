import { describe, expect, it } from "vitest";
import { assessVendor, BANDS, FORMULA_VERSION, type Scores } from "@/lib/vendors/assessment-formula";

const all = (n: number): Scores => ({
  reliability: n,
  performance: n,
  scalability: n,
  dataProtection: n,
  accessControls: n,
  financialStability: n,
  supportQuality: n,
  contractTerms: n,
});
const certified = ["ISO 27001"];

describe("assessVendor: weighted groups and bands", () => {
  it("weights technical 40 %, security 35 %, business 25 % and explains each step", () => {
    const r = assessVendor(
      {
        reliability: 5,
        performance: 4,
        scalability: 3,
        dataProtection: 4,
        accessControls: 5,
        financialStability: 3,
        supportQuality: 3,
        contractTerms: 3,
      },
      "IMPORTANT",
      certified,
    );
    // technical 4 × .4 = 1.6, security 4.5 × .35 = 1.575, business 3 × .25 = .75 → 3.925 → 3.93
    expect(r.groups.map((g) => [g.group, g.average, g.contribution])).toEqual([
      ["Technical", 4, 1.6],
      ["Security", 4.5, 1.58],
      ["Business", 3, 0.75],
    ]);
    expect(r.overallScore).toBe(3.93);
    expect(r.recommendedAction).toBe("REVIEW");
    expect(r.version).toBe(FORMULA_VERSION);
    expect(r.steps.map((s) => s.label)).toEqual([
      "Technical × 40 %",
      "Security × 35 %",
      "Business × 25 %",
      "Overall",
      "Band",
      "Floors",
    ]);
    expect(r.steps.at(-1)!.detail).toBe("none apply");
  });

  it.each([
    [5, 5, "CONTINUE"],
    [4, 4, "CONTINUE"], // exactly the CONTINUE band's lower edge
    [3, 3, "REVIEW"], // exactly the REVIEW band's lower edge
    [2, 2, "REPLACE"],
    [1, 1, "REPLACE"],
  ] as const)("all scores %i → overall %i → %s (standard vendor)", (score, overall, action) => {
    const r = assessVendor(all(score), "STANDARD", certified);
    expect(r.overallScore).toBe(overall);
    // Security scores of 1–2 trigger the floor too, which never makes a result better.
    expect(r.recommendedAction).toBe(action);
  });

  it("bands: just under 4.0 is REVIEW, just under 3.0 is REPLACE", () => {
    // technical 4, security 4, business 3.67 → 1.6 + 1.4 + .9167 = 3.92
    expect(assessVendor({ ...all(4), contractTerms: 3 }, "STANDARD", certified)).toMatchObject({
      overallScore: 3.92,
      recommendedAction: "REVIEW",
    });
    // technical 3, security 3, business 2.67 → 1.2 + 1.05 + .667 = 2.92
    expect(assessVendor({ ...all(3), contractTerms: 2 }, "STANDARD", certified)).toMatchObject({
      overallScore: 2.92,
      recommendedAction: "REPLACE",
    });
    expect(BANDS).toEqual({ CONTINUE_MIN: 4, REVIEW_MIN: 3 });
  });
});

describe("assessVendor: hard floors", () => {
  it.each(["dataProtection", "accessControls"] as const)(
    "weak %s (2) never yields CONTINUE, however good the rest",
    (name) => {
      const r = assessVendor({ ...all(5), [name]: 2 }, "STANDARD", certified);
      expect(r.overallScore).toBeGreaterThanOrEqual(4);
      expect(r.recommendedAction).toBe("REVIEW");
      expect(r.floors[0]).toContain("never CONTINUE");
    },
  );

  it("a security score of 3 does not trigger the floor", () => {
    expect(assessVendor({ ...all(5), dataProtection: 3 }, "STANDARD", certified).recommendedAction).toBe(
      "CONTINUE",
    );
  });

  it("the floor never improves a REPLACE", () => {
    expect(assessVendor({ ...all(2), dataProtection: 2 }, "STANDARD", certified).recommendedAction).toBe(
      "REPLACE",
    );
  });

  it("any 1 on a critical vendor yields REPLACE, naming the score", () => {
    const r = assessVendor({ ...all(5), supportQuality: 1 }, "CRITICAL", certified);
    expect(r.overallScore).toBeGreaterThanOrEqual(4);
    expect(r.recommendedAction).toBe("REPLACE");
    expect(r.floors).toEqual(["A critical vendor scored 1 on Support quality: REPLACE"]);
  });

  it("a 1 on an important or standard vendor only counts through the average", () => {
    expect(assessVendor({ ...all(5), supportQuality: 1 }, "IMPORTANT", certified).recommendedAction).toBe(
      "CONTINUE",
    );
  });

  it("a critical vendor without a current certification is at most REVIEW", () => {
    expect(assessVendor(all(5), "CRITICAL", []).recommendedAction).toBe("REVIEW");
    expect(assessVendor(all(5), "CRITICAL", certified).recommendedAction).toBe("CONTINUE");
    expect(assessVendor(all(5), "STANDARD", []).recommendedAction).toBe("CONTINUE");
  });

  it("refuses scores outside 1–5 or not whole", () => {
    expect(() => assessVendor({ ...all(3), reliability: 6 }, "STANDARD", [])).toThrow(RangeError);
    expect(() => assessVendor({ ...all(3), reliability: 0 }, "STANDARD", [])).toThrow(RangeError);
    expect(() => assessVendor({ ...all(3), reliability: 3.5 }, "STANDARD", [])).toThrow(RangeError);
  });
});
