// Shared fixtures for the escalation tests: ids, a policy builder, and a resolver over a fixed table.
import type { ResolveTarget } from "@/lib/escalation/escalation-plan";
import {
  escalationPolicy,
  type EscalationPolicyInput,
  type EscalationTarget,
} from "@/lib/escalation/schemas";

export const MIN = 60_000;
export const T0 = new Date("2026-12-07T10:00:00.000Z");
export const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

export const ADA = "00000000-0000-4000-8000-00000000000a";
export const BOB = "00000000-0000-4000-8000-00000000000b";
export const CY = "00000000-0000-4000-8000-00000000000c";
export const PRIMARY = "10000000-0000-4000-8000-000000000001";
export const SECONDARY = "10000000-0000-4000-8000-000000000002";

export const schedule = (scheduleId: string): EscalationTarget => ({ kind: "schedule", scheduleId });
export const user = (userId: string): EscalationTarget => ({ kind: "user", userId });

export function policy(overrides: Partial<EscalationPolicyInput> = {}) {
  return escalationPolicy.parse({
    name: "Payments",
    scope: { serviceSlug: "payments-api" },
    steps: [
      { targets: [schedule(PRIMARY)], waitMinutes: 5 },
      { targets: [schedule(SECONDARY)], waitMinutes: 10 },
      { targets: [{ kind: "role", role: "OPS_MANAGER" }], waitMinutes: 15 },
    ],
    ...overrides,
  });
}

/**
 * A resolver over a table: schedules map to who is on call (null = a gap, or a function of time),
 * roles to their people, users to themselves. Records every call so tests can see what was asked.
 */
export function resolverOf(table: {
  schedules?: Record<string, string | null | ((at: Date) => string | null)>;
  roles?: Record<string, string[]>;
}) {
  const calls: { target: EscalationTarget; at: Date }[] = [];
  const resolve: ResolveTarget = (target, when) => {
    calls.push({ target, at: when });
    if (target.kind === "user") return [target.userId];
    if (target.kind === "role") return table.roles?.[target.role] ?? [];
    const entry = table.schedules?.[target.scheduleId];
    const who = typeof entry === "function" ? entry(when) : entry;
    return who ? [who] : [];
  };
  return { resolve, calls };
}
