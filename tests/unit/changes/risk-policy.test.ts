import { describe, expect, it } from "vitest";
import {
  assessRisk,
  levelForScore,
  RISK_POLICY_VERSION,
  serviceCountPoints,
  type RiskAnswers,
  type RiskContext,
} from "@/lib/changes/risk-policy";

const SAFE: RiskAnswers = {
  rollbackTested: "YES",
  changeSize: "SMALL",
  dataMigration: "NONE",
  offHoursDependency: "NO",
  priorFailures: "NO",
};
const dev: RiskContext = { environment: "DEVELOPMENT", category: "NORMAL", serviceCount: 1 };
const prod: RiskContext = { environment: "PRODUCTION", category: "NORMAL", serviceCount: 1 };

describe("assessRisk: known questionnaires", () => {
  it.each<[string, RiskAnswers, RiskContext, number, string]>([
    ["all safe in development", SAFE, dev, 0, "LOW"],
    ["all safe in production (LOW upper edge)", SAFE, prod, 3, "LOW"],
    ["production + medium size (MEDIUM lower edge)", { ...SAFE, changeSize: "MEDIUM" }, prod, 4, "MEDIUM"],
    [
      "production + untested rollback + off-hours (MEDIUM upper edge)",
      { ...SAFE, rollbackTested: "NO", offHoursDependency: "YES" },
      prod,
      7,
      "MEDIUM",
    ],
    [
      "production + untested rollback + prior failure (HIGH lower edge)",
      { ...SAFE, rollbackTested: "NO", priorFailures: "YES" },
      prod,
      8,
      "HIGH",
    ],
    [
      "staging, 3 services, reversible migration",
      { ...SAFE, dataMigration: "REVERSIBLE" },
      { environment: "STAGING", category: "NORMAL", serviceCount: 3 },
      3,
      "LOW",
    ],
    [
      "everything worst",
      {
        rollbackTested: "NO",
        changeSize: "LARGE",
        dataMigration: "IRREVERSIBLE",
        offHoursDependency: "YES",
        priorFailures: "YES",
      },
      { ...prod, serviceCount: 5 },
      18,
      "HIGH",
    ],
  ])("%s", (_name, answers, ctx, score, level) => {
    const result = assessRisk(answers, ctx);
    expect(result.score).toBe(score);
    expect(result.level).toBe(level);
    expect(result.version).toBe(RISK_POLICY_VERSION);
    expect(result.factors.reduce((s, f) => s + f.points, 0)).toBe(score);
  });

  it("explains every factor with its answer and points", () => {
    const result = assessRisk(
      { ...SAFE, dataMigration: "IRREVERSIBLE" },
      { environment: "STAGING", category: "NORMAL", serviceCount: 4 },
    );
    expect(result.factors).toEqual([
      { question: "environment", answer: "STAGING", points: 1, defaulted: false },
      { question: "serviceCount", answer: "4", points: 3, defaulted: false },
      { question: "rollbackTested", answer: "YES", points: 0, defaulted: false },
      { question: "changeSize", answer: "SMALL", points: 0, defaulted: false },
      { question: "dataMigration", answer: "IRREVERSIBLE", points: 3, defaulted: false },
      { question: "offHoursDependency", answer: "NO", points: 0, defaulted: false },
      { question: "priorFailures", answer: "NO", points: 0, defaulted: false },
    ]);
    expect(result.score).toBe(7);
    expect(result.level).toBe("MEDIUM");
  });

  it("a question left out counts as its riskiest answer and is marked defaulted", () => {
    const result = assessRisk({}, dev);
    expect(result.score).toBe(12);
    expect(result.level).toBe("HIGH");
    const byQuestion = Object.fromEntries(result.factors.map((f) => [f.question, f]));
    expect(byQuestion.rollbackTested).toEqual({
      question: "rollbackTested",
      answer: "NO",
      points: 3,
      defaulted: true,
    });
    expect(byQuestion.changeSize).toEqual({
      question: "changeSize",
      answer: "LARGE",
      points: 3,
      defaulted: true,
    });
    expect(byQuestion.dataMigration).toEqual({
      question: "dataMigration",
      answer: "IRREVERSIBLE",
      points: 3,
      defaulted: true,
    });
    expect(byQuestion.offHoursDependency).toEqual({
      question: "offHoursDependency",
      answer: "YES",
      points: 1,
      defaulted: true,
    });
    expect(byQuestion.priorFailures).toEqual({
      question: "priorFailures",
      answer: "YES",
      points: 2,
      defaulted: true,
    });
  });

  it("omitting one answer scores exactly as answering it worst", () => {
    const { rollbackTested: _omit, ...partial } = SAFE;
    expect(assessRisk(partial, prod).score).toBe(assessRisk({ ...SAFE, rollbackTested: "NO" }, prod).score);
  });

  it("an answer that is not an option is treated as missing", () => {
    const result = assessRisk({ ...SAFE, changeSize: "TINY" as never }, dev);
    expect(result.factors.find((f) => f.question === "changeSize")).toEqual({
      question: "changeSize",
      answer: "LARGE",
      points: 3,
      defaulted: true,
    });
  });

  it("a MAJOR change is floored at HIGH whatever its score", () => {
    const result = assessRisk(SAFE, { ...dev, category: "MAJOR" });
    expect(result.score).toBe(0);
    expect(result.level).toBe("HIGH");
    expect(result.floor).not.toBeNull();
    expect(assessRisk(SAFE, dev).floor).toBeNull();
  });
});

describe("thresholds", () => {
  it.each([
    [0, "LOW"],
    [3, "LOW"],
    [4, "MEDIUM"],
    [7, "MEDIUM"],
    [8, "HIGH"],
    [18, "HIGH"],
  ])("score %i → %s", (score, level) => {
    expect(levelForScore(score)).toBe(level);
  });
  it.each([
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 3],
    [10, 3],
  ])("%i services → %i points", (count, points) => {
    expect(serviceCountPoints(count)).toBe(points);
  });
});
