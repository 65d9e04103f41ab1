// A policy in words, for the list ("Platform primary on call → after 15 min Ops managers · repeats once")
// and for the form's timeline ("0 min: …; 15 min: …"). Pure: unit-tested; the timings come from the rules
// themselves (lib/escalation/escalation-plan.ts), so the words cannot drift from what will page.
import { formatMinutes } from "@/components/ui/format-duration";
import type { Role } from "@/lib/auth/permissions";
import { escalationPlan } from "@/lib/escalation/escalation-plan";
import type { PolicyScope } from "@/lib/escalation/schemas";
import { TIER_LABELS, type ServiceTier } from "@/lib/services/service-tier";

/** A target as a policy holds it, or as the form holds it while it is being filled in (an id may be ""). */
export type TargetLike =
  | { kind: "schedule"; scheduleId: string }
  | { kind: "user"; userId: string }
  | { kind: "role"; role: Role | "" };
export type StepLike = { targets: readonly TargetLike[]; waitMinutes: number };

/** Names by id: the schedules and people a policy may name. */
export type Names = { schedules: ReadonlyMap<string, string>; people: ReadonlyMap<string, string> };

/** Everyone with a role, as a step pages them. */
export const ROLE_GROUPS: Record<Role, string> = {
  ENGINEER: "Engineers",
  OPS_MANAGER: "Ops managers",
  CAB_MEMBER: "CAB members",
  SECURITY: "Security team",
  EXECUTIVE: "Executives",
  ADMIN: "Admins",
};

export const namesOf = (d: {
  schedules: readonly { id: string; name: string }[];
  people: readonly { id: string; name: string }[];
}): Names => ({
  schedules: new Map(d.schedules.map((s) => [s.id, s.name])),
  people: new Map(d.people.map((p) => [p.id, p.name])),
});

/** "Platform primary on call", "Dana Reyes", "Ops managers"; what is not chosen (yet) or gone says so. */
export function targetWords(target: TargetLike, names: Names): string {
  if (target.kind === "schedule") {
    if (!target.scheduleId) return "a schedule not chosen yet";
    const name = names.schedules.get(target.scheduleId);
    return name ? `${name} on call` : "a schedule that no longer exists";
  }
  if (target.kind === "user") {
    if (!target.userId) return "a person not chosen yet";
    return names.people.get(target.userId) ?? "a person no longer active";
  }
  return target.role ? ROLE_GROUPS[target.role] : "a role not chosen yet";
}

/** "A", "A and B", "A, B and C"; "nobody yet" for a step without targets. */
export function stepWords(step: Pick<StepLike, "targets">, names: Names): string {
  const words = step.targets.map((t) => targetWords(t, names));
  if (words.length === 0) return "nobody yet";
  if (words.length === 1) return words[0]!;
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)!}`;
}

/** "no repeats", "repeats once", "repeats twice", "repeats 3 times". */
export function repeatWords(repeat: number): string {
  if (repeat <= 0) return "no repeats";
  if (repeat === 1) return "repeats once";
  if (repeat === 2) return "repeats twice";
  return `repeats ${repeat} times`;
}

/** "Platform primary on call → after 15 min Platform secondary on call → after 15 min Ops managers · repeats once" */
export function policySummary(policy: { steps: readonly StepLike[]; repeat: number }, names: Names): string {
  const chain = policy.steps
    .map((step, i) => {
      const who = stepWords(step, names);
      const before = policy.steps[i - 1];
      return before ? `after ${formatMinutes(before.waitMinutes)} ${who}` : who;
    })
    .join(" → ");
  return `${chain} · ${repeatWords(policy.repeat)}`;
}

/** "payments-api" (its name when known) or "Default for Critical services". */
export function scopeWords(
  scope: PolicyScope | { serviceSlug: string } | { tier: ServiceTier },
  serviceNames?: ReadonlyMap<string, string>,
): string {
  if ("tier" in scope) return `Default for ${TIER_LABELS[scope.tier]} services`;
  return serviceNames?.get(scope.serviceSlug) ?? scope.serviceSlug;
}

/** One line of the timeline: when (minutes after the incident opened), which round and step, whom. */
export type TimelineLine = { atMinutes: number; round: number; step: number; words: string };

/**
 * Every step of every round, timed as the rules time them when every step reaches someone: step 1 at 0
 * min, each next step its predecessor's wait later, the next round after the last step's wait.
 */
export function timelineLines(policy: { steps: readonly StepLike[]; repeat: number }, names: Names) {
  const opened = new Date(0);
  // The rules only read the waits and the order; the targets ride along for the words.
  const plan = escalationPlan(
    { steps: policy.steps.map((s) => ({ targets: [], waitMinutes: s.waitMinutes })), repeat: policy.repeat },
    opened,
  );
  const lines: TimelineLine[] = plan.steps.map((p) => ({
    atMinutes: (p.dueAt.getTime() - opened.getTime()) / 60_000,
    round: p.round,
    step: p.step,
    words: stepWords(policy.steps[p.step - 1]!, names),
  }));
  const last = policy.steps.at(-1);
  const end = lines.length && last ? lines.at(-1)!.atMinutes + last.waitMinutes : 0;
  return { lines, endsAtMinutes: end };
}

/** "0 min: Platform primary on call; 15 min: Ops managers" (what a screen reader or a copy gets). */
export function timelineText(policy: { steps: readonly StepLike[]; repeat: number }, names: Names): string {
  return timelineLines(policy, names)
    .lines.map((l) => `${atWords(l.atMinutes)}: ${l.words}`)
    .join("; ");
}

/** "0 min", "15 min", "1 h 30 min". */
export const atWords = (minutes: number): string => (minutes === 0 ? "0 min" : formatMinutes(minutes));
