// Words and colours for vendor values, shared by the list, the vendor page and the assessment preview.
import type { Action, Criticality } from "@/lib/vendors/assessment-formula";

type Tone = "neutral" | "accent" | "danger" | "warning" | "success";

export const CRITICALITY_LABELS: Record<Criticality, string> = {
  CRITICAL: "Critical",
  IMPORTANT: "Important",
  STANDARD: "Standard",
};
export const CRITICALITY_HINTS: Record<Criticality, string> = {
  CRITICAL: "Reviewed quarterly; needs a current certification",
  IMPORTANT: "Reviewed twice a year",
  STANDARD: "Reviewed yearly",
};
export const CRITICALITY_TONES: Record<Criticality, Tone> = {
  CRITICAL: "danger",
  IMPORTANT: "warning",
  STANDARD: "neutral",
};

export const ACTION_LABELS: Record<Action, string> = {
  CONTINUE: "Continue",
  REVIEW: "Review",
  REPLACE: "Replace",
};
export const ACTION_TONES: Record<Action, Tone> = {
  CONTINUE: "success",
  REVIEW: "warning",
  REPLACE: "danger",
};

export const CERT_STATUS_TONES = {
  VALID: "success",
  EXPIRING: "warning",
  EXPIRED: "danger",
} as const satisfies Record<string, Tone>;
export const CERT_STATUS_LABELS = { VALID: "Valid", EXPIRING: "Expiring", EXPIRED: "Expired" } as const;

export const formatScore = (score: number) => score.toFixed(2);
