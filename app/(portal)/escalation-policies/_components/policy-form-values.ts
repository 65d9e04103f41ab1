// What the policy form holds (text for numbers, one row per target whatever its kind) and how it becomes
// the API's input. Pure: unit-tested; the API's own schema (lib/escalation/schemas.ts) validates the result.
import type { z } from "zod";
import type { StepLike, TargetLike } from "@/app/(portal)/escalation-policies/_components/policy-words";
import type { Role } from "@/lib/auth/permissions";
import type { PolicyResponse } from "@/lib/escalation/api-schemas";
import { MAX_WAIT_MINUTES, MIN_WAIT_MINUTES } from "@/lib/escalation/schemas";
import type { ServiceTier } from "@/lib/services/service-tier";

export type TargetKind = TargetLike["kind"];
/** One target row: its kind and the id (schedule, person) or role it names; "" while not chosen. */
export type TargetRow = { kind: TargetKind; value: string };
export type StepRow = { targets: TargetRow[]; waitMinutes: string };

export type PolicyFormValues = {
  name: string;
  scopeKind: "service" | "tier";
  serviceSlug: string;
  tier: ServiceTier | "";
  steps: StepRow[];
  repeat: string;
};

export const DEFAULT_WAIT_MINUTES = "15";
export const NEW_STEP: StepRow = { targets: [], waitMinutes: DEFAULT_WAIT_MINUTES };

export const NEW_POLICY_VALUES: PolicyFormValues = {
  name: "",
  scopeKind: "service",
  serviceSlug: "",
  tier: "",
  steps: [{ targets: [{ kind: "schedule", value: "" }], waitMinutes: DEFAULT_WAIT_MINUTES }],
  repeat: "0",
};

/** "15" → 15; "" → undefined (the schema says it is needed); "abc" or "1.5" → a number it refuses. */
const toNumber = (text: string): number | undefined => (text.trim() === "" ? undefined : Number(text.trim()));

export function toTarget(row: TargetRow): TargetLike {
  if (row.kind === "schedule") return { kind: "schedule", scheduleId: row.value };
  if (row.kind === "user") return { kind: "user", userId: row.value };
  return { kind: "role", role: row.value as Role | "" };
}

function toRow(target: TargetLike): TargetRow {
  if (target.kind === "schedule") return { kind: "schedule", value: target.scheduleId };
  if (target.kind === "user") return { kind: "user", value: target.userId };
  return { kind: "role", value: target.role };
}

/** The create input (POST /api/escalation-policies); also the edit's, with the version added. */
export function toPolicyInput(v: PolicyFormValues) {
  return {
    name: v.name,
    scope: v.scopeKind === "service" ? { serviceSlug: v.serviceSlug } : { tier: v.tier },
    steps: v.steps.map((s) => ({ targets: s.targets.map(toTarget), waitMinutes: toNumber(s.waitMinutes) })),
    repeat: toNumber(v.repeat),
  };
}

/** A stored policy as the edit form's values. */
export function toFormValues(p: PolicyResponse): PolicyFormValues {
  return {
    name: p.name,
    scopeKind: "tier" in p.scope ? "tier" : "service",
    serviceSlug: "serviceSlug" in p.scope ? p.scope.serviceSlug : "",
    tier: "tier" in p.scope ? p.scope.tier : "",
    steps: p.steps.map((s) => ({ targets: s.targets.map(toRow), waitMinutes: String(s.waitMinutes) })),
    repeat: String(p.repeat),
  };
}

/**
 * The steps as far as they can be timed, for the live timeline: null while a wait is not a whole number of
 * minutes in range (the field says why).
 */
export function timedSteps(v: PolicyFormValues): { steps: StepLike[]; repeat: number } | null {
  const steps: StepLike[] = [];
  for (const s of v.steps) {
    const wait = toNumber(s.waitMinutes);
    if (wait === undefined || !Number.isInteger(wait) || wait < MIN_WAIT_MINUTES || wait > MAX_WAIT_MINUTES)
      return null;
    steps.push({ targets: s.targets.map(toTarget), waitMinutes: wait });
  }
  const repeat = toNumber(v.repeat) ?? 0;
  return steps.length ? { steps, repeat } : null;
}

const CHOOSE: Record<string, string> = {
  scheduleId: "Choose a schedule",
  userId: "Choose a person",
  role: "Choose a role",
};

/**
 * The schema's messages reworded for the form: an unchosen target or scope says what to choose, a wait
 * that is not a number says so (the schema's own messages are kept otherwise).
 */
export function policyMessage(issue: z.core.$ZodIssue, values: PolicyFormValues): string {
  const [first, , , , field] = issue.path;
  if (first === "scope")
    return values.scopeKind === "service" ? "Choose a service" : "Choose a tier of services";
  if (first === "steps" && typeof field === "string" && CHOOSE[field]) {
    const step = values.steps[Number(issue.path[1])];
    const row = step?.targets[Number(issue.path[3])];
    if (row && row.value === "") return CHOOSE[field];
  }
  if (issue.code === "invalid_type") return "Enter a whole number of minutes";
  return issue.message;
}

/** The same list with the item at `from` moved to `to` (a step moved up or down). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
