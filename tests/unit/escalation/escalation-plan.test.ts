// Escalation timing on an injected clock: when each step is due, repeats, and what stops or restarts it.
import { describe, expect, it } from "vitest";
import {
  dueSteps,
  escalationPlan,
  nextDueAt,
  reassignedPlan,
  type DueStep,
  type EscalationPlan,
  type EscalationState,
} from "@/lib/escalation/escalation-plan";
import { ADA, BOB, CY, PRIMARY, SECONDARY, T0, at, policy, resolverOf, schedule, user } from "./helpers";

const everyoneThere = () =>
  resolverOf({ schedules: { [PRIMARY]: ADA, [SECONDARY]: BOB }, roles: { OPS_MANAGER: [CY] } });

/** A sweep the way the caller runs it: ask, then record what it carried out. */
function sweep(plan: EscalationPlan, state: EscalationState, now: Date, resolve = everyoneThere().resolve) {
  const due = dueSteps(plan, state, now, resolve);
  const done = { ...state.done };
  for (const step of due) done[step.id] = step;
  return { due, state: { ...state, done } };
}

const brief = (steps: DueStep[]) =>
  steps.map((s) => ({ round: s.round, step: s.step, dueAt: s.dueAt.toISOString(), to: s.recipients }));

describe("escalationPlan", () => {
  it("puts each step its predecessor's wait after it, and repeats the whole policy", () => {
    const plan = escalationPlan(policy({ repeat: 1 }), T0);
    expect(plan.steps.map((s) => [s.round, s.step, (s.dueAt.getTime() - T0.getTime()) / 60_000])).toEqual([
      [0, 1, 0],
      [0, 2, 5],
      [0, 3, 15],
      [1, 1, 30],
      [1, 2, 35],
      [1, 3, 45],
    ]);
    expect(new Set(plan.steps.map((s) => s.id)).size).toBe(6);
  });

  it("runs the policy once when repeat is left out", () => {
    expect(escalationPlan(policy(), T0).steps).toHaveLength(3);
  });
});

describe("dueSteps", () => {
  it("pages step 1 at once and the next step exactly when the wait is over, not a millisecond before", () => {
    const plan = escalationPlan(policy(), T0);
    let run = sweep(plan, { done: {} }, T0);
    expect(brief(run.due)).toEqual([{ round: 0, step: 1, dueAt: T0.toISOString(), to: [ADA] }]);
    run = sweep(plan, run.state, new Date(at(5).getTime() - 1));
    expect(run.due).toEqual([]);
    run = sweep(plan, run.state, at(5));
    expect(brief(run.due)).toEqual([{ round: 0, step: 2, dueAt: at(5).toISOString(), to: [BOB] }]);
  });

  it("returns nothing new when asked again at the same instant after recording the answer", () => {
    const plan = escalationPlan(policy(), T0);
    const first = sweep(plan, { done: {} }, at(20));
    expect(first.due.map((s) => s.step)).toEqual([1, 2, 3]);
    expect(dueSteps(plan, first.state, at(20), everyoneThere().resolve)).toEqual([]);
  });

  it("catches up in due order when the sweep runs late", () => {
    const plan = escalationPlan(policy({ repeat: 1 }), T0);
    const { due } = sweep(plan, { done: {} }, at(31));
    expect(brief(due).map((s) => [s.round, s.step, s.dueAt])).toEqual([
      [0, 1, at(0).toISOString()],
      [0, 2, at(5).toISOString()],
      [0, 3, at(15).toISOString()],
      [1, 1, at(30).toISOString()],
    ]);
  });

  it("runs the repeats while nobody acknowledges, then stops when the plan is used up", () => {
    const plan = escalationPlan(policy({ repeat: 2 }), T0);
    let run = sweep(plan, { done: {} }, at(59));
    expect(run.due).toHaveLength(6);
    run = sweep(plan, run.state, at(60));
    expect(brief(run.due)).toEqual([{ round: 2, step: 1, dueAt: at(60).toISOString(), to: [ADA] }]);
    run = sweep(plan, run.state, at(10_000));
    expect(run.due.map((s) => [s.round, s.step])).toEqual([
      [2, 2],
      [2, 3],
    ]);
    expect(nextDueAt(plan, run.state)).toBeNull();
    expect(sweep(plan, run.state, at(20_000)).due).toEqual([]);
  });

  it("stops once someone acknowledges", () => {
    const plan = escalationPlan(policy({ repeat: 3 }), T0);
    const run = sweep(plan, { done: {} }, T0);
    const acked = { ...run.state, acknowledgedAt: at(3) };
    expect(dueSteps(plan, acked, at(5), everyoneThere().resolve)).toEqual([]);
    expect(dueSteps(plan, acked, at(10_000), everyoneThere().resolve)).toEqual([]);
    expect(nextDueAt(plan, acked)).toBeNull();
  });

  it("stops once the incident is resolved", () => {
    const plan = escalationPlan(policy(), T0);
    const run = sweep(plan, { done: {} }, at(5));
    const resolved = { ...run.state, resolvedAt: at(6) };
    expect(dueSteps(plan, resolved, at(15), everyoneThere().resolve)).toEqual([]);
    expect(nextDueAt(plan, resolved)).toBeNull();
  });

  it("restarts from the reassignment instant, paging the new assignee first", () => {
    const p = policy();
    const old = escalationPlan(p, T0);
    const before = sweep(old, { done: {} }, at(4));
    expect(before.due.map((s) => s.recipients)).toEqual([[ADA]]);

    const plan = reassignedPlan(p, at(7), CY);
    expect(plan.steps.some((s) => old.steps.some((o) => o.id === s.id))).toBe(false);
    let run = sweep(plan, { done: {} }, at(7));
    expect(brief(run.due)).toEqual([{ round: 0, step: 1, dueAt: at(7).toISOString(), to: [CY] }]);
    expect(run.due[0]?.targets).toEqual([user(CY)]);
    expect(nextDueAt(plan, run.state)).toEqual(at(12));
    run = sweep(plan, run.state, at(12));
    expect(brief(run.due)).toEqual([{ round: 0, step: 2, dueAt: at(12).toISOString(), to: [BOB] }]);
  });

  it("pages the new assignee first in every repeat too", () => {
    const plan = reassignedPlan(policy({ repeat: 1 }), T0, CY);
    expect(plan.steps.filter((s) => s.step === 1).map((s) => s.targets)).toEqual([[user(CY)], [user(CY)]]);
  });

  it("falls through a schedule gap to the next step at once and reports it", () => {
    const plan = escalationPlan(policy(), T0);
    const { resolve } = resolverOf({
      schedules: { [PRIMARY]: null, [SECONDARY]: BOB },
      roles: { OPS_MANAGER: [CY] },
    });
    const run = sweep(plan, { done: {} }, T0, resolve);
    expect(
      run.due.map((s) => ({ step: s.step, to: s.recipients, fell: s.fellThrough, gaps: s.unreached })),
    ).toEqual([
      { step: 1, to: [], fell: true, gaps: [schedule(PRIMARY)] },
      { step: 2, to: [BOB], fell: false, gaps: [] },
    ]);
    expect(run.due.map((s) => s.dueAt)).toEqual([T0, T0]);
    // Step 3 waits step 2's 10 minutes from when step 2 actually paged.
    expect(nextDueAt(plan, run.state)).toEqual(at(10));
    expect(sweep(plan, run.state, at(10), resolve).due.map((s) => s.step)).toEqual([3]);
  });

  it("reports a gap in one target but waits normally when another target of the step was reached", () => {
    const p = policy({
      steps: [
        { targets: [schedule(PRIMARY), user(BOB)], waitMinutes: 5 },
        { targets: [schedule(SECONDARY)], waitMinutes: 5 },
      ],
    });
    const { resolve } = resolverOf({ schedules: { [PRIMARY]: null, [SECONDARY]: CY } });
    const { due } = sweep(escalationPlan(p, T0), { done: {} }, at(4), resolve);
    expect(due.map((s) => [s.step, s.recipients, s.unreached, s.fellThrough])).toEqual([
      [1, [BOB], [schedule(PRIMARY)], false],
    ]);
  });

  it("asks who is on call at each step's due instant, not at the sweep's", () => {
    const { resolve, calls } = resolverOf({
      schedules: { [PRIMARY]: (when) => (when < at(5) ? ADA : BOB) },
    });
    const p = policy({ steps: [{ targets: [schedule(PRIMARY)], waitMinutes: 5 }], repeat: 1 });
    const { due } = sweep(escalationPlan(p, T0), { done: {} }, at(9), resolve);
    expect(due.map((s) => s.recipients)).toEqual([[ADA], [BOB]]);
    expect(calls.map((c) => c.at)).toEqual([T0, at(5)]);
  });

  it("pages each person once per step even when several targets name them", () => {
    const p = policy({
      steps: [
        { targets: [schedule(PRIMARY), user(ADA), { kind: "role", role: "OPS_MANAGER" }], waitMinutes: 5 },
      ],
    });
    const { resolve } = resolverOf({ schedules: { [PRIMARY]: ADA }, roles: { OPS_MANAGER: [CY, ADA] } });
    const { due } = sweep(escalationPlan(p, T0), { done: {} }, T0, resolve);
    expect(due[0]?.recipients).toEqual([ADA, CY]);
  });

  it("keeps a recorded step's instant when later steps are computed", () => {
    const plan = escalationPlan(policy(), T0);
    const gap = resolverOf({ schedules: { [PRIMARY]: null, [SECONDARY]: BOB } });
    const run = sweep(plan, { done: {} }, T0, gap.resolve);
    // Later the schedule is filled in: the step already reported as a gap is not redone or re-timed.
    const filled = everyoneThere();
    expect(dueSteps(plan, run.state, at(9), filled.resolve)).toEqual([]);
    expect(filled.calls).toEqual([]);
  });
});

describe("nextDueAt", () => {
  it("gives the first open step's instant for the caller's wake-up", () => {
    const plan = escalationPlan(policy(), T0);
    expect(nextDueAt(plan, { done: {} })).toEqual(T0);
    const run = sweep(plan, { done: {} }, T0);
    expect(nextDueAt(plan, run.state)).toEqual(at(5));
  });
});
