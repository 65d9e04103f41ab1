// When each step of an escalation policy pages whom (pure: the caller injects the clock and a resolver
// that says who a target is at an instant, so no database is needed). docs/escalation.md states the
// rules; the handbook's matrix (lib/incidents/escalation-policy.ts) runs on top, unchanged.
import type { EscalationPolicy, EscalationTarget } from "@/lib/escalation/schemas";

const MINUTE_MS = 60_000;

/** One step of the timeline: which round (0 = the first run, then each repeat) and which policy step. */
export type PlannedStep = {
  /** Unique across every plan of an incident: what the caller records once the step is carried out. */
  id: string;
  /** 0 for the first run of the policy, 1…repeat for the repeats. */
  round: number;
  /** 1-based position in the policy. */
  step: number;
  targets: readonly EscalationTarget[];
  waitMinutes: number;
  /** When the step is due if every earlier step reached someone (a gap makes later steps come sooner). */
  dueAt: Date;
};

export type EscalationPlan = {
  id: string;
  startedAt: Date;
  /** Set when the plan restarted for a reassignment: the first step of every round pages them. */
  assigneeId: string | null;
  steps: readonly PlannedStep[];
};

type PolicySteps = Pick<EscalationPolicy, "steps" | "repeat">;

function buildPlan(policy: PolicySteps, startedAt: Date, assigneeId: string | null): EscalationPlan {
  const id = `p${startedAt.getTime()}${assigneeId ? `-${assigneeId}` : ""}`;
  const steps: PlannedStep[] = [];
  let at = startedAt.getTime();
  for (let round = 0; round <= policy.repeat; round += 1) {
    policy.steps.forEach((s, i) => {
      const targets: readonly EscalationTarget[] =
        i === 0 && assigneeId ? [{ kind: "user", userId: assigneeId }] : s.targets;
      steps.push({
        id: `${id}:r${round}s${i + 1}`,
        round,
        step: i + 1,
        targets,
        waitMinutes: s.waitMinutes,
        dueAt: new Date(at),
      });
      at += s.waitMinutes * MINUTE_MS;
    });
  }
  return { id, startedAt, assigneeId, steps };
}

/**
 * The escalation timeline of `policy` for an incident opened at `startedAt`: every step of every round
 * (repeats included), step 1 at `startedAt`, each next step `waitMinutes` of the one before later; after
 * the last step, the next round starts after that step's wait.
 */
export function escalationPlan(policy: PolicySteps, startedAt: Date): EscalationPlan {
  return buildPlan(policy, startedAt, null);
}

/**
 * The plan after the incident is reassigned at `reassignedAt`: it starts again from that instant and the
 * first step (of every round) pages the new assignee instead of the policy's first targets; the rest of
 * the policy stays the backup chain. The caller drops the old plan: its steps are never due again.
 */
export function reassignedPlan(policy: PolicySteps, reassignedAt: Date, assigneeId: string): EscalationPlan {
  return buildPlan(policy, reassignedAt, assigneeId);
}

/** Who a target is at an instant (user ids; empty for a schedule gap or a role with nobody active). */
export type ResolveTarget = (target: EscalationTarget, at: Date) => readonly string[];

/** A step that is due now, with the people it pages (or why it pages nobody). */
export type DueStep = PlannedStep & {
  /** When it became due: the plan's instant, moved earlier when an earlier step fell through. */
  dueAt: Date;
  /** The people to page, each once, in target order. */
  recipients: readonly string[];
  /** Targets that resolved to nobody (a schedule gap, a role or person with nobody active). */
  unreached: readonly EscalationTarget[];
  /** True when the step reached nobody: the next step became due at the same instant. */
  fellThrough: boolean;
};

/** What the caller recorded for a step it carried out (a `DueStep` as returned, or the fields below). */
export type StepRecord = Pick<DueStep, "dueAt" | "fellThrough">;

export type EscalationState = {
  /** Set once someone acknowledged: the escalation stops. */
  acknowledgedAt?: Date | null;
  /** Set once the incident is resolved (or closed): the escalation stops. */
  resolvedAt?: Date | null;
  /** The steps already carried out, by `PlannedStep.id`. */
  done: Readonly<Record<string, StepRecord>>;
};

function isStopped(state: EscalationState): boolean {
  return state.acknowledgedAt != null || state.resolvedAt != null;
}

/** Walks the plan: done steps move the clock on as they were recorded; `visit` sees each open step. */
function walk(
  plan: EscalationPlan,
  state: EscalationState,
  visit: (step: PlannedStep, dueAt: number) => { fellThrough: boolean } | "stop",
): void {
  let cursor = plan.startedAt.getTime();
  for (const step of plan.steps) {
    const record = state.done[step.id];
    const at = record ? record.dueAt.getTime() : cursor;
    const outcome = record ?? visit(step, at);
    if (outcome === "stop") return;
    cursor = at + (outcome.fellThrough ? 0 : step.waitMinutes * MINUTE_MS);
  }
}

/**
 * The steps due at `now` and not yet done, in due order. Acknowledging or resolving stops everything;
 * a step reaching nobody is returned with `fellThrough` and the next one is due at the same instant.
 * Idempotent: once the caller records what it returned in `state.done`, the same `now` returns nothing.
 * Targets are resolved at each step's due instant.
 */
export function dueSteps(
  plan: EscalationPlan,
  state: EscalationState,
  now: Date,
  resolve: ResolveTarget,
): DueStep[] {
  if (isStopped(state)) return [];
  const due: DueStep[] = [];
  walk(plan, state, (step, at) => {
    if (at > now.getTime()) return "stop";
    const dueAt = new Date(at);
    const recipients = new Set<string>();
    const unreached: EscalationTarget[] = [];
    for (const target of step.targets) {
      const people = resolve(target, dueAt);
      if (people.length === 0) unreached.push(target);
      for (const person of people) recipients.add(person);
    }
    const fellThrough = recipients.size === 0;
    due.push({ ...step, dueAt, recipients: [...recipients], unreached, fellThrough });
    return { fellThrough };
  });
  return due;
}

/**
 * When the first step not yet done is due (for the caller's wake-up: schedule the next sweep then), or
 * null when the escalation has stopped or every step is done.
 */
export function nextDueAt(plan: EscalationPlan, state: EscalationState): Date | null {
  if (isStopped(state)) return null;
  let next: Date | null = null;
  walk(plan, state, (_step, at) => {
    next = new Date(at);
    return "stop";
  });
  return next;
}
