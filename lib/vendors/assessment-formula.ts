// The vendor assessment formula (handbook "Vendor Assessment Criteria"): eight 1–5 scores in three
// weighted groups, banded into CONTINUE / REVIEW / REPLACE, then hard floors that a good average
// cannot buy back. Versioned: change a weight, band or floor → bump FORMULA_VERSION. Every step is
// returned so the page can show how the result was reached.
export const FORMULA_VERSION = "vendor-2026-11-v1";

export const CRITICALITIES = ["CRITICAL", "IMPORTANT", "STANDARD"] as const;
export type Criticality = (typeof CRITICALITIES)[number];
export type Action = "CONTINUE" | "REVIEW" | "REPLACE";

export const GROUPS = {
  technical: { label: "Technical", weight: 0.4, scores: ["reliability", "performance", "scalability"] },
  security: { label: "Security", weight: 0.35, scores: ["dataProtection", "accessControls"] },
  business: {
    label: "Business",
    weight: 0.25,
    scores: ["financialStability", "supportQuality", "contractTerms"],
  },
} as const;

export type ScoreName = (typeof GROUPS)[keyof typeof GROUPS]["scores"][number];
export const SCORE_NAMES: readonly ScoreName[] = Object.values(GROUPS).flatMap((g) => g.scores);
export const SCORE_LABELS: Record<ScoreName, string> = {
  reliability: "Reliability",
  performance: "Performance",
  scalability: "Scalability",
  dataProtection: "Data protection",
  accessControls: "Access controls",
  financialStability: "Financial stability",
  supportQuality: "Support quality",
  contractTerms: "Contract terms",
};
export type Scores = Record<ScoreName, number>;

// Bands on the overall score (1–5): at or above CONTINUE_MIN continue, at or above REVIEW_MIN review.
export const BANDS = { CONTINUE_MIN: 4.0, REVIEW_MIN: 3.0 } as const;
// A security score at or below this never yields CONTINUE.
export const SECURITY_FLOOR = 2;

export type Step = { label: string; detail: string };
export type AssessmentResult = {
  overallScore: number;
  recommendedAction: Action;
  version: string;
  groups: { group: string; average: number; weight: number; contribution: number }[];
  floors: string[];
  steps: Step[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const ORDER: Action[] = ["CONTINUE", "REVIEW", "REPLACE"];
const worse = (a: Action, b: Action): Action => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

export function assessVendor(
  scores: Scores,
  criticality: Criticality,
  certifications: readonly string[],
): AssessmentResult {
  for (const name of SCORE_NAMES) {
    const v = scores[name];
    if (!Number.isInteger(v) || v < 1 || v > 5)
      throw new RangeError(`${name} must be an integer from 1 to 5`);
  }
  const groups = Object.entries(GROUPS).map(([, g]) => {
    const average = g.scores.reduce((sum, s) => sum + scores[s], 0) / g.scores.length;
    return { group: g.label, average: round2(average), weight: g.weight, contribution: average * g.weight };
  });
  const overallScore = round2(groups.reduce((sum, g) => sum + g.contribution, 0));
  const banded: Action =
    overallScore >= BANDS.CONTINUE_MIN ? "CONTINUE" : overallScore >= BANDS.REVIEW_MIN ? "REVIEW" : "REPLACE";
  const steps: Step[] = groups.map((g) => {
    const names = Object.values(GROUPS).find((x) => x.label === g.group)!.scores;
    return {
      label: `${g.group} × ${g.weight * 100} %`,
      detail: `(${names.map((n) => `${SCORE_LABELS[n]} ${scores[n]}`).join(" + ")}) ÷ ${names.length} = ${g.average.toFixed(2)} → ${round2(g.contribution).toFixed(2)}`,
    };
  });
  steps.push({
    label: "Overall",
    detail: `${groups.map((g) => round2(g.contribution).toFixed(2)).join(" + ")} = ${overallScore.toFixed(2)} of 5`,
  });
  steps.push({
    label: "Band",
    detail: `${overallScore.toFixed(2)} ${banded === "CONTINUE" ? `≥ ${BANDS.CONTINUE_MIN}` : banded === "REVIEW" ? `≥ ${BANDS.REVIEW_MIN} and < ${BANDS.CONTINUE_MIN}` : `< ${BANDS.REVIEW_MIN}`} → ${banded}`,
  });

  let action = banded;
  const floors: string[] = [];
  const weakSecurity = (["dataProtection", "accessControls"] as const).filter(
    (s) => scores[s] <= SECURITY_FLOOR,
  );
  if (weakSecurity.length) {
    floors.push(
      `${weakSecurity.map((s) => `${SCORE_LABELS[s]} ${scores[s]}`).join(" and ")} ≤ ${SECURITY_FLOOR}: never CONTINUE`,
    );
    action = worse(action, "REVIEW");
  }
  if (criticality === "CRITICAL" && certifications.length === 0) {
    floors.push("A critical vendor without a current security certification: never CONTINUE");
    action = worse(action, "REVIEW");
  }
  const ones = SCORE_NAMES.filter((s) => scores[s] === 1);
  if (criticality === "CRITICAL" && ones.length) {
    floors.push(`A critical vendor scored 1 on ${ones.map((s) => SCORE_LABELS[s]).join(", ")}: REPLACE`);
    action = "REPLACE";
  }
  steps.push({ label: "Floors", detail: floors.length ? `${floors.join("; ")} → ${action}` : "none apply" });
  return {
    overallScore,
    recommendedAction: action,
    version: FORMULA_VERSION,
    groups: groups.map((g) => ({ ...g, contribution: round2(g.contribution) })),
    floors,
    steps,
  };
}
