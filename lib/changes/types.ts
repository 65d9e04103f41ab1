// Vocabulary shared by the change rule modules (PRODUCT.md "Change management").
export const CHANGE_CATEGORIES = ["STANDARD", "NORMAL", "MAJOR", "EMERGENCY"] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

export const ENVIRONMENTS = ["PRODUCTION", "STAGING", "DEVELOPMENT"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
