// Words and colours for the change vocabulary, shared by every change page.
import type { ApprovalRoute } from "@/lib/changes/approval-route";
import type { ChangeStatus } from "@/lib/changes/lifecycle";
import type { ChangeCategory, Environment, RiskLevel } from "@/lib/changes/types";

export type Tone = "neutral" | "accent" | "danger" | "warning" | "success";

// Status labels are shared with the server (API messages, timeline summaries): defined in lib/changes.
export { CHANGE_STATUS_LABELS } from "@/lib/changes/status-labels";

// Loud while someone must act (review, live work, a rollback); quiet once it is settled.
export const CHANGE_STATUS_TONES: Record<ChangeStatus, Tone> = {
  DRAFT: "neutral",
  IN_TECHNICAL_REVIEW: "warning",
  IN_CAB_REVIEW: "warning",
  APPROVED: "accent",
  REJECTED: "danger",
  SCHEDULED: "accent",
  IMPLEMENTING: "danger",
  VERIFYING: "warning",
  COMPLETED: "success",
  ROLLED_BACK: "danger",
  CLOSED: "neutral",
  CANCELLED: "neutral",
};

export const RISK_TONES: Record<RiskLevel, Tone> = { LOW: "success", MEDIUM: "warning", HIGH: "danger" };

export const ROUTE_LABELS: Record<ApprovalRoute, string> = {
  AUTO: "Auto-approved",
  TECHNICAL_REVIEW: "Technical review",
  CAB: "CAB",
  EMERGENCY_CAB: "Emergency CAB",
};

export const CATEGORY_LABELS: Record<ChangeCategory, string> = {
  STANDARD: "Standard",
  NORMAL: "Normal",
  MAJOR: "Major",
  EMERGENCY: "Emergency",
};
export const CATEGORY_HINTS: Record<ChangeCategory, string> = {
  STANDARD: "Pre-approved routine",
  NORMAL: "Routed by risk",
  MAJOR: "Always the CAB",
  EMERGENCY: "Emergency CAB; may skip windows",
};

export const ENVIRONMENT_LABELS: Record<Environment, string> = {
  PRODUCTION: "Production",
  STAGING: "Staging",
  DEVELOPMENT: "Development",
};

export const ROLE_NAMES: Record<string, string> = { CAB_MEMBER: "CAB members", OPS_MANAGER: "ops managers" };

// What the action button on the change page says for each target status.
export const TRANSITION_LABELS: Partial<Record<ChangeStatus, string>> = {
  DRAFT: "Back to draft",
  SCHEDULED: "Schedule",
  IMPLEMENTING: "Start implementing",
  VERIFYING: "Start verifying",
  COMPLETED: "Complete",
  ROLLED_BACK: "Roll back",
  CLOSED: "Close",
  CANCELLED: "Cancel change",
};

export const answerLabel = (answer: string) => answer.charAt(0) + answer.slice(1).toLowerCase();
