// The policy schema as a form or API client meets it, and which policy a service gets.
import { describe, expect, it } from "vitest";
import { escalationPolicy, policyForService } from "@/lib/escalation/schemas";
import { PRIMARY, policy, schedule } from "./helpers";

const valid = {
  name: "Payments",
  scope: { serviceSlug: "payments-api" },
  steps: [{ targets: [schedule(PRIMARY)], waitMinutes: 5 }],
};

const messages = (input: unknown) => {
  const result = escalationPolicy.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("escalationPolicy", () => {
  it("accepts the three kinds of target and defaults repeat to 0", () => {
    const parsed = escalationPolicy.parse({
      ...valid,
      steps: [
        {
          targets: [
            schedule(PRIMARY),
            { kind: "user", userId: PRIMARY },
            { kind: "role", role: "OPS_MANAGER" },
          ],
          waitMinutes: 1,
        },
      ],
    });
    expect(parsed.repeat).toBe(0);
    expect(parsed.steps[0]?.targets).toHaveLength(3);
  });

  it("keeps waits between 1 minute and a day, in whole minutes", () => {
    const wait = (waitMinutes: number) =>
      messages({ ...valid, steps: [{ targets: [schedule(PRIMARY)], waitMinutes }] });
    expect(wait(1)).toEqual([]);
    expect(wait(1440)).toEqual([]);
    expect(wait(0)).toEqual(["steps.0.waitMinutes: At least 1 minute"]);
    expect(wait(1441)).toEqual(["steps.0.waitMinutes: At most 1440 minutes (a day)"]);
    expect(wait(2.5)).toEqual(["steps.0.waitMinutes: Whole minutes"]);
  });

  it("allows 0 to 9 repeats", () => {
    expect(messages({ ...valid, repeat: 9 })).toEqual([]);
    expect(messages({ ...valid, repeat: 10 })).toEqual(["repeat: At most 9 repeats"]);
    expect(messages({ ...valid, repeat: -1 })).toEqual(["repeat: 0 or more"]);
  });

  it("needs a step, and a target in every step", () => {
    expect(messages({ ...valid, steps: [] })).toEqual(["steps: A policy has at least one step"]);
    expect(messages({ ...valid, steps: [{ targets: [], waitMinutes: 5 }] })).toEqual([
      "steps.0.targets: A step pages at least one target",
    ]);
  });

  it("refuses unknown target kinds, roles and malformed ids", () => {
    expect(
      messages({ ...valid, steps: [{ targets: [{ kind: "team", teamId: PRIMARY }], waitMinutes: 5 }] }),
    ).not.toEqual([]);
    expect(
      messages({ ...valid, steps: [{ targets: [{ kind: "role", role: "CEO" }], waitMinutes: 5 }] }),
    ).not.toEqual([]);
    expect(messages({ ...valid, steps: [{ targets: [schedule("primary")], waitMinutes: 5 }] })).toEqual([
      "steps.0.targets.0.scheduleId: Not a schedule id",
    ]);
  });

  it("scopes a policy to one service or to a tier, never both", () => {
    expect(messages({ ...valid, scope: { tier: "CRITICAL" } })).toEqual([]);
    expect(messages({ ...valid, scope: { serviceSlug: "payments-api", tier: "CRITICAL" } })).not.toEqual([]);
    expect(messages({ ...valid, scope: {} })).not.toEqual([]);
    expect(messages({ ...valid, scope: { tier: "GOLD" } })).not.toEqual([]);
  });
});

describe("policyForService", () => {
  const own = policy({ name: "Payments own", scope: { serviceSlug: "payments-api" } });
  const critical = policy({ name: "Critical default", scope: { tier: "CRITICAL" } });
  const standard = policy({ name: "Standard default", scope: { tier: "STANDARD" } });

  it("prefers the service's own policy over its tier's default", () => {
    expect(policyForService([critical, own], { slug: "payments-api", tier: "CRITICAL" })?.name).toBe(
      "Payments own",
    );
  });

  it("falls back to the tier's default", () => {
    expect(policyForService([own, critical, standard], { slug: "ledger", tier: "STANDARD" })?.name).toBe(
      "Standard default",
    );
  });

  it("gives none when neither exists (the handbook's matrix still applies)", () => {
    expect(policyForService([own, critical], { slug: "wiki", tier: "DEVELOPMENT" })).toBeNull();
  });
});
