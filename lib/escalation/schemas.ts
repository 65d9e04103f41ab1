// An escalation policy as data: who is paged, in which order, how long each step waits for an
// acknowledgement, and how often the whole policy runs again. The same schema checks the policy form
// and the API (`/api/escalation-policies`); docs/escalation.md explains the rules to users.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { serviceSlug, serviceTier } from "@/lib/services/schemas";

export const MAX_STEPS = 10;
export const MAX_TARGETS_PER_STEP = 10;
export const MIN_WAIT_MINUTES = 1;
/** A day: a step that waits longer is not paging any more. */
export const MAX_WAIT_MINUTES = 1440;
export const MAX_REPEAT = 9;

/** Who a step pages: the schedule's on-call person at the step's instant, a named person, or a role. */
export const escalationTarget = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("schedule"), scheduleId: z.uuid("Not a schedule id") }),
  z.strictObject({ kind: z.literal("user"), userId: z.uuid("Not a person's id") }),
  z.strictObject({ kind: z.literal("role"), role: z.enum(ROLES) }),
]);
export type EscalationTarget = z.infer<typeof escalationTarget>;

export const escalationStep = z.strictObject({
  targets: z
    .array(escalationTarget)
    .min(1, "A step pages at least one target")
    .max(MAX_TARGETS_PER_STEP, `At most ${MAX_TARGETS_PER_STEP} targets in a step`),
  waitMinutes: z
    .number()
    .int("Whole minutes")
    .min(MIN_WAIT_MINUTES, `At least ${MIN_WAIT_MINUTES} minute`)
    .max(MAX_WAIT_MINUTES, `At most ${MAX_WAIT_MINUTES} minutes (a day)`)
    .describe(
      "Minutes to wait for an acknowledgement before the next step (after the last: before a repeat)",
    ),
});
export type EscalationStep = z.infer<typeof escalationStep>;

/**
 * What a policy applies to: one service (`{ serviceSlug }`), or every service of a tier that has no
 * policy of its own (`{ tier }`, the tier's default). Exactly one of the two.
 */
export const policyScope = z.union([z.strictObject({ serviceSlug }), z.strictObject({ tier: serviceTier })]);
export type PolicyScope = z.infer<typeof policyScope>;

export const escalationPolicy = z.strictObject({
  name: z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters"),
  scope: policyScope,
  steps: z
    .array(escalationStep)
    .min(1, "A policy has at least one step")
    .max(MAX_STEPS, `At most ${MAX_STEPS} steps`),
  repeat: z
    .number()
    .int("A whole number")
    .min(0, "0 or more")
    .max(MAX_REPEAT, `At most ${MAX_REPEAT} repeats`)
    .default(0)
    .describe("How many more times the whole policy runs while nobody acknowledges"),
});
/** A checked policy (what the store holds and the rules read). */
export type EscalationPolicy = z.infer<typeof escalationPolicy>;
/** A policy as a form or client sends it (`repeat` may be left out). */
export type EscalationPolicyInput = z.input<typeof escalationPolicy>;

/**
 * The policy that applies to a service: its own, else its tier's default, else none (then only the
 * handbook's matrix in lib/incidents/escalation-policy.ts runs).
 */
export function policyForService<P extends Pick<EscalationPolicy, "scope">>(
  policies: readonly P[],
  service: { slug: string; tier: string },
): P | null {
  const own = policies.find((p) => "serviceSlug" in p.scope && p.scope.serviceSlug === service.slug);
  if (own) return own;
  return policies.find((p) => "tier" in p.scope && p.scope.tier === service.tier) ?? null;
}
