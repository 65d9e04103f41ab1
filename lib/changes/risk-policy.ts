// The change risk policy: a short questionnaire, each answer worth fixed points, summed and cut into
// LOW / MEDIUM / HIGH. The version is stored with every assessment so an old score can be explained
// by the policy that produced it; change a point or a threshold → bump the version.
import type { ChangeCategory, Environment, RiskLevel } from "@/lib/changes/types";

export const RISK_POLICY_VERSION = "2026-11-v1";

// Answered by the requester. Two more factors (environment, service count) come from the change itself.
export const RISK_QUESTIONS = {
  rollbackTested: { label: "Has the rollback been tested?", answers: { YES: 0, NO: 3 } },
  changeSize: { label: "How large is the change?", answers: { SMALL: 0, MEDIUM: 1, LARGE: 3 } },
  dataMigration: { label: "Does it migrate data?", answers: { NONE: 0, REVERSIBLE: 1, IRREVERSIBLE: 3 } },
  offHoursDependency: {
    label: "Does it depend on people or vendors outside business hours?",
    answers: { NO: 0, YES: 1 },
  },
  priorFailures: { label: "Has a similar change failed in the last 90 days?", answers: { NO: 0, YES: 2 } },
} as const;

export type RiskQuestion = keyof typeof RISK_QUESTIONS;
export type RiskAnswers = { [Q in RiskQuestion]?: keyof (typeof RISK_QUESTIONS)[Q]["answers"] };

export const ENVIRONMENT_POINTS: Record<Environment, number> = { PRODUCTION: 3, STAGING: 1, DEVELOPMENT: 0 };

// 1 service → 0, 2–3 → 1, 4 or more → 3: the blast radius grows faster than linearly.
export function serviceCountPoints(serviceCount: number): number {
  if (serviceCount >= 4) return 3;
  if (serviceCount >= 2) return 1;
  return 0;
}

// Inclusive upper bounds. Max score is 18 (3+3+3+3+1+2 + 3 services).
export const RISK_THRESHOLDS = { LOW_MAX: 3, MEDIUM_MAX: 7 } as const;

export function levelForScore(score: number): RiskLevel {
  if (score <= RISK_THRESHOLDS.LOW_MAX) return "LOW";
  if (score <= RISK_THRESHOLDS.MEDIUM_MAX) return "MEDIUM";
  return "HIGH";
}

export type RiskFactor = { question: string; answer: string; points: number; defaulted: boolean };
export type RiskAssessment = {
  score: number;
  level: RiskLevel;
  version: string;
  factors: RiskFactor[];
  floor: string | null;
};
export type RiskContext = { environment: Environment; category: ChangeCategory; serviceCount: number };

// The riskiest answer of a question: what an unanswered question counts as, so skipping never lowers risk.
function riskiest(answers: Record<string, number>): [string, number] {
  return Object.entries(answers).reduce((worst, entry) => (entry[1] > worst[1] ? entry : worst));
}

export function assessRisk(answers: RiskAnswers, context: RiskContext): RiskAssessment {
  const factors: RiskFactor[] = [
    {
      question: "environment",
      answer: context.environment,
      points: ENVIRONMENT_POINTS[context.environment],
      defaulted: false,
    },
    {
      question: "serviceCount",
      answer: String(context.serviceCount),
      points: serviceCountPoints(context.serviceCount),
      defaulted: false,
    },
  ];
  for (const question of Object.keys(RISK_QUESTIONS) as RiskQuestion[]) {
    const options: Record<string, number> = RISK_QUESTIONS[question].answers;
    const given = answers[question];
    const points = given === undefined ? undefined : options[given];
    // An answer that is not one of the options (stale form, tampering) is treated like a missing one.
    if (given !== undefined && points !== undefined) {
      factors.push({ question, answer: given, points, defaulted: false });
    } else {
      const [answer, points] = riskiest(options);
      factors.push({ question, answer, points, defaulted: true });
    }
  }
  const score = factors.reduce((sum, f) => sum + f.points, 0);
  const scored = levelForScore(score);
  // A MAJOR change goes to the CAB anyway; recording it as HIGH keeps the level and the route consistent.
  if (context.category === "MAJOR" && scored !== "HIGH") {
    return {
      score,
      level: "HIGH",
      version: RISK_POLICY_VERSION,
      factors,
      floor: "MAJOR changes are always HIGH risk",
    };
  }
  return { score, level: scored, version: RISK_POLICY_VERSION, factors, floor: null };
}
