// Property tests: over generated policies, schedule gaps, sweep times and acknowledgements, no step is
// ever returned twice, steps come in non-decreasing due order, none before its time, none after an
// acknowledgement, and without one every step of the plan is carried out exactly once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dueSteps,
  escalationPlan,
  type EscalationState,
  type ResolveTarget,
} from "@/lib/escalation/escalation-plan";
import type { EscalationTarget } from "@/lib/escalation/schemas";
import { ADA, BOB, MIN, PRIMARY, SECONDARY, T0, policy, schedule } from "./helpers";

const stepArb = fc.record({
  targets: fc.constantFrom<EscalationTarget[]>(
    [schedule(PRIMARY)],
    [schedule(SECONDARY)],
    [schedule(PRIMARY), schedule(SECONDARY)],
  ),
  waitMinutes: fc.integer({ min: 1, max: 30 }),
});

const scenario = fc.record({
  steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
  repeat: fc.integer({ min: 0, max: 3 }),
  // Which 10-minute slots of each schedule are gaps.
  gaps: fc.record({
    primary: fc.array(fc.boolean(), { minLength: 50, maxLength: 50 }),
    secondary: fc.array(fc.boolean(), { minLength: 50, maxLength: 50 }),
  }),
  sweeps: fc.array(fc.integer({ min: 0, max: 400 * MIN }), { minLength: 1, maxLength: 25 }),
  ackAfter: fc.option(fc.integer({ min: 0, max: 400 * MIN }), { nil: null }),
});

function resolverFor(gaps: { primary: boolean[]; secondary: boolean[] }): ResolveTarget {
  return (target, when) => {
    if (target.kind !== "schedule") return [];
    const slot = Math.floor((when.getTime() - T0.getTime()) / (10 * MIN)) % 50;
    const isPrimary = target.scheduleId === PRIMARY;
    const isGap = (isPrimary ? gaps.primary : gaps.secondary)[slot];
    return isGap ? [] : [isPrimary ? ADA : BOB];
  };
}

describe("escalation properties", () => {
  it("never repeats a step, keeps due order, and pages nothing after an acknowledgement", () => {
    fc.assert(
      fc.property(scenario, ({ steps, repeat, gaps, sweeps, ackAfter }) => {
        const plan = escalationPlan(policy({ steps, repeat }), T0);
        const resolve = resolverFor(gaps);
        const ackAt = ackAfter === null ? null : new Date(T0.getTime() + ackAfter);
        let state: EscalationState = { done: {} };
        const seen = new Set<string>();
        let lastDue = -Infinity;
        const times = [...sweeps].sort((a, b) => a - b).map((ms) => new Date(T0.getTime() + ms));
        times.push(new Date(T0.getTime() + 10_000 * MIN)); // long after the plan's end
        for (const now of times) {
          if (ackAt && ackAt <= now) state = { ...state, acknowledgedAt: ackAt };
          const due = dueSteps(plan, state, now, resolve);
          if (state.acknowledgedAt) expect(due).toEqual([]);
          for (const step of due) {
            expect(seen.has(step.id)).toBe(false);
            seen.add(step.id);
            expect(step.dueAt.getTime()).toBeGreaterThanOrEqual(lastDue);
            expect(step.dueAt.getTime()).toBeLessThanOrEqual(now.getTime());
            if (ackAt) expect(step.dueAt.getTime()).toBeLessThan(ackAt.getTime());
            expect(step.fellThrough).toBe(step.recipients.length === 0);
            lastDue = step.dueAt.getTime();
          }
          state = { ...state, done: { ...state.done, ...Object.fromEntries(due.map((s) => [s.id, s])) } };
          // Idempotent: the same instant again gives nothing new.
          expect(dueSteps(plan, state, now, resolve)).toEqual([]);
        }
        if (!ackAt) expect(seen.size).toBe(plan.steps.length);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same steps at the same instants however the sweeps are spaced", () => {
    fc.assert(
      fc.property(scenario, ({ steps, repeat, gaps, sweeps }) => {
        const plan = escalationPlan(policy({ steps, repeat }), T0);
        const resolve = resolverFor(gaps);
        const end = new Date(T0.getTime() + 10_000 * MIN);
        const oneGo = dueSteps(plan, { done: {} }, end, resolve).map((s) => [s.id, s.dueAt.getTime()]);
        let state: EscalationState = { done: {} };
        const stepwise: (string | number)[][] = [];
        const offsets = [...sweeps].sort((a, b) => a - b);
        for (const ms of [...offsets, end.getTime() - T0.getTime()]) {
          const due = dueSteps(plan, state, new Date(T0.getTime() + ms), resolve);
          stepwise.push(...due.map((s) => [s.id, s.dueAt.getTime()]));
          state = { done: { ...state.done, ...Object.fromEntries(due.map((s) => [s.id, s])) } };
        }
        expect(stepwise).toEqual(oneGo);
      }),
      { numRuns: 200 },
    );
  });
});
