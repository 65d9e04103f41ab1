// The raise/edit form's state and its mapping to the API input: times typed as UTC, an unanswered risk
// question left out (the policy then counts it as its riskiest answer).
import { fromUtcInput, toUtcInput } from "@/app/(portal)/changes/_components/utc";
import type { RiskQuestion } from "@/lib/changes/risk-policy";
import type { ChangeResponse, CreateChangeInput } from "@/lib/changes/schemas";
import type { ChangeCategory, Environment } from "@/lib/changes/types";

export type ChangeFormValues = {
  title: string;
  description: string;
  category: ChangeCategory;
  environment: Environment;
  services: string[];
  plannedStart: string; // datetime-local text, UTC
  plannedEnd: string;
  implementerId: string; // "" = nobody named yet
  implementationPlan: string;
  rollbackPlan: string;
  verificationPlan: string;
  riskAnswers: Partial<Record<RiskQuestion, string>>;
};

export const EMPTY_CHANGE_FORM: ChangeFormValues = {
  title: "",
  description: "",
  category: "NORMAL",
  environment: "PRODUCTION",
  services: [],
  plannedStart: "",
  plannedEnd: "",
  implementerId: "",
  implementationPlan: "",
  rollbackPlan: "",
  verificationPlan: "",
  riskAnswers: {},
};

export function valuesFromChange(c: ChangeResponse): ChangeFormValues {
  return {
    title: c.title,
    description: c.description,
    category: c.category,
    environment: c.environment,
    services: c.services,
    plannedStart: toUtcInput(c.plannedStart),
    plannedEnd: toUtcInput(c.plannedEnd),
    implementerId: c.implementer?.id ?? "",
    implementationPlan: c.implementationPlan,
    rollbackPlan: c.rollbackPlan,
    verificationPlan: c.verificationPlan,
    riskAnswers: c.riskAnswers,
  };
}

// Unparseable times go through as typed, so the schema reports them against their field.
export function toChangeInput(v: ChangeFormValues): Record<keyof CreateChangeInput, unknown> {
  return {
    ...v,
    plannedStart: fromUtcInput(v.plannedStart) ?? v.plannedStart,
    plannedEnd: fromUtcInput(v.plannedEnd) ?? v.plannedEnd,
    implementerId: v.implementerId || null,
    riskAnswers: Object.fromEntries(Object.entries(v.riskAnswers).filter(([, a]) => a)),
  };
}
